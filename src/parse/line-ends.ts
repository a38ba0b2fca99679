const carriageReturn = 0x0d
const lineFeed = 0x0a

/**
 * Turns lone carriage returns (old Mac line ends, or a stray one among LF lines) into line feeds.
 * The length stays the same, so every offset and every line micromark counts (it reads a lone CR as
 * a line end) stay the same too, while the front matter and private block readers, which split on
 * LF, now see the same lines. CR bytes never occur inside a UTF-8 sequence, so bytes are safe to edit.
 */
export function normalizeLoneCarriageReturns(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return input.replace(/\r(?!\n)/g, '\n')
  if (!input.includes(carriageReturn)) return input
  const copy = Uint8Array.from(input)
  for (let index = 0; index < copy.length; index++) {
    if (copy[index] === carriageReturn && copy[index + 1] !== lineFeed) copy[index] = lineFeed
  }
  return copy
}
