// Characters XML 1.0 does not allow at all (its `Char` production): C0 controls but tab and line ends, halves of
// surrogate pairs, U+FFFE and U+FFFF. One of them anywhere makes a feed unreadable to every reader.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu

/** Escapes text for XML content and attribute values, dropping the characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(notXml, '')
}
