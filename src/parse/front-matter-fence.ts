import type {VFile} from 'vfile'
import {reportError} from './report.js'

/** Largest front matter block read, in UTF-8 bytes; anything bigger is refused before YAML sees it. */
const maxFrontMatterBytes = 64 * 1024

/** Where the front matter sits: the line of its closing `---` (1-based). */
export interface Fence {
  closingLine: number
}

const start = {line: 1, column: 1}

/**
 * Checks the fences around front matter before anything parses it: `---` alone on line 1 (no
 * blank line before it, no language such as `---js`), a closing `---`, and at most 64 KiB between
 * them. Each problem is an error on `file`; the result is then undefined.
 */
export function checkFence(text: string, file: VFile): Fence | undefined {
  // Line ends as gray-matter sees them (it closes at `\n---`).
  const lines = text.split(/\r?\n/)
  const first = lines[0] ?? ''
  if (!/^---(?!-)/.test(first)) {
    const firstFilled = lines.findIndex((line) => line.trim() !== '')
    const reason =
      firstFilled > 0 && lines[firstFilled]?.trimEnd() === '---'
        ? 'Unexpected blank line before front matter, expected `---` on line 1'
        : 'Unexpected missing front matter, expected `---` on line 1 followed by `title` and `date`'
    reportError(file, reason, start, 'front-matter')
    return undefined
  }
  const language = first.slice(3).trim()
  if (language !== '') {
    // Only a bare `---` opens front matter: gray-matter would pick an engine by this name (and
    // `---js` runs code), while remark-frontmatter would not see front matter at all.
    const column = first.indexOf(language) + 1
    reportError(
      file,
      `Unexpected front matter language \`${language}\`, expected YAML opened by \`---\` alone on line 1`,
      {start: {line: 1, column}, end: {line: 1, column: column + language.length}},
      'front-matter-engine'
    )
    return undefined
  }
  // gray-matter closes at the first line that starts with `---`, so that line must be the fence.
  const closingIndex = lines.findIndex((line, index) => index > 0 && line.startsWith('---'))
  const closing = lines[closingIndex]
  if (closing === undefined) {
    reportError(
      file,
      'Unexpected unclosed front matter, expected a closing `---` line after the YAML',
      {start, end: {line: 1, column: 4}},
      'front-matter'
    )
    return undefined
  }
  if (closing.trimEnd() !== '---') {
    reportError(
      file,
      `Unexpected \`${closing.trimEnd()}\` closing front matter, expected \`---\` alone on its line`,
      {start: {line: closingIndex + 1, column: 1}, end: {line: closingIndex + 1, column: closing.trimEnd().length + 1}},
      'front-matter'
    )
    return undefined
  }
  const bytes = new TextEncoder().encode(lines.slice(1, closingIndex).join('\n')).length
  if (bytes > maxFrontMatterBytes) {
    reportError(
      file,
      `Unexpected front matter of ${bytes} bytes, expected at most ${maxFrontMatterBytes} bytes (64 KiB)`,
      {start, end: {line: 1, column: 4}},
      'front-matter'
    )
    return undefined
  }
  return {closingLine: closingIndex + 1}
}
