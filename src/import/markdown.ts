import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

/** Serialises a Markdown tree in the archive's house style: `-` bullets, `**bold**`, `_emphasis_`, GFM tables. */
export function toMarkdown(tree: Root): string {
  const processor = unified()
    .use(remarkGfm)
    .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true})
  return processor.stringify(tree)
}
