import {parseDocument, type Document} from 'yaml'
import {splitFrontMatter} from '../text/front-matter-split.js'
import {inferDate} from './infer.js'
import {ImportError} from '../model/errors.js'

/** A Markdown file split into its front matter (if any) and its body, kept byte for byte. */
export interface MarkdownImport {
  body: string
  existing?: Document
  /** Title stated by a leading `# Title` line when the file has no front matter title. */
  title?: string
  date?: string
}

/** Reads a Markdown file for import: its YAML front matter (to be merged) and its body (passed through). */
export function readMarkdown(text: string, fileName: string): MarkdownImport {
  const source = text.replace(/^\ufeff/, '')
  const split = splitFrontMatter(source)
  const body = split?.body ?? source
  const title = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body.split(/\n(?=#{2,6}\s)/)[0] ?? '')?.[1]
  const date = inferDate(body)
  const stated = {...(title === undefined ? {} : {title}), ...(date === undefined ? {} : {date})}
  if (!split) return {body, ...stated}
  const existing = parseDocument(split.yaml)
  if (existing.errors.length > 0) {
    const first = existing.errors[0]!
    throw new ImportError(
      `${fileName}: Unexpected front matter that is not valid YAML (${first.message.split('\n')[0]}), expected \`key: value\` lines between \`---\` fences`
    )
  }
  return {body, existing, ...stated}
}
