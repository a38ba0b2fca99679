import * as z from 'zod'

/** How a value is named in a message: scalars quoted in backticks, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing key'
  if (value === null || value === '') return 'empty value'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  const text = String(value)
  // Long values would swamp the message; the position already points at them.
  return '`' + (text.length > 60 ? text.slice(0, 59) + '…' : text) + '`'
}

/** A zod error function that words every failure as "Unexpected <value>, expected <expected>". */
export function expecting(expected: string): (issue: {input?: unknown}) => string {
  return (issue) => `Unexpected ${describeValue(issue.input)}, expected ${expected}`
}

/** Non-empty text, trimmed; `expected` says what the key holds. */
export function text(expected: string) {
  return z
    .string({error: expecting(expected)})
    .trim()
    .min(1, {error: expecting(expected)})
}

/** A list of non-empty strings; `expected` names one item. */
export function textList(expected: string) {
  return z.array(text(expected), {error: expecting(`a list of ${expected}`)})
}

/** A BCP 47 language tag such as `en`, `km` or `pt-BR`. */
export function languageTag() {
  return z
    .string({error: expecting('a language tag such as `en` or `km`')})
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, {error: expecting('a language tag such as `en` or `km`')})
}
