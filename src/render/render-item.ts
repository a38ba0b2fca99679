import type {Root} from 'hast'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {treeToText} from './html-text.js'
import {itemTree, type ItemContent} from './item-tree.js'

// No parser: the content arrives as a hast tree (see item-tree.ts), which is turned into mdast and stringified.
const toMarkdown = unified()
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-'})

/**
 * What the site makes of one agenda item's or logistics section's content beside its HTML (which the extractor
 * makes, see extract/html.ts: the Meeting holds it for every reader, the site's or not).
 */
export interface RenderedItem {
  /** The content as Markdown, without the section's heading; empty when there is none. */
  markdown: string
  /** The plain text of the content, whitespace collapsed: what search indexes. */
  text: string
}

/** Markdown of a tree from {@link itemTree} whose HTML is not empty. */
function treeMarkdown(tree: Root): string {
  return toMarkdown.stringify(toMarkdown.runSync(tree)).trim()
}

/**
 * The outputs of one item's content, from one tree: the sanitised tree when `content` has it (nothing is parsed),
 * else its HTML parsed once. The same bytes either way.
 */
export function renderItem(content: ItemContent): RenderedItem {
  const tree = itemTree(content)
  // The Markdown first: the text walk reads the tree after the Markdown conversion, as it always has.
  const markdown = content.html.trim() === '' ? '' : treeMarkdown(tree)
  return {markdown, text: treeToText(tree)}
}

/** The content as Markdown alone ({@link renderItem}'s `markdown`), for a meeting's Markdown made from the Meeting. */
export function itemMarkdown(content: ItemContent): string {
  return content.html.trim() === '' ? '' : treeMarkdown(itemTree(content))
}
