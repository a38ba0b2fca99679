/** A Markdown text cut at its front matter fences. */
export interface FrontMatterSplit {
  /** The YAML between the fences, without them. */
  yaml: string
  /** Everything after the line of the closing `---`. */
  body: string
  /** Offset just past the closing fence's line: where {@link FrontMatterSplit.body} starts. */
  end: number
}

// `---` on line 1 (spaces after it allowed, as the parser's fence check allows them), the YAML, then the first
// line that is `---` alone.
const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Cuts `text` at its front matter fences, or undefined when it does not open with one. The one fence rule of the
 * tools that read or rewrite front matter as text (`new`, `import`, `check`'s key places); the parser checks the
 * fences of a meeting file more strictly first (parse/front-matter-fence.ts).
 */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const match = fence.exec(text)
  if (!match) return undefined
  return {yaml: match[1]!, body: text.slice(match[0].length), end: match[0].length}
}
