import type {Root} from 'mdast'
import {fromMarkdown, type Extension as MdastExtension} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import type {Extension as MicromarkExtension} from 'micromark-util-types'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Processor} from 'unified'

/**
 * Whether a document could hold a GFM autolink literal: `www.`, `http://`, `https://`, an e-mail address (and
 * `mailto:`/`xmpp:`, which need one), or a character reference that could decode to one of their characters.
 * Without any of these the autolink literal extension finds nothing, so leaving it out changes nothing.
 */
export function mayHoldAutolinkLiteral(document: string): boolean {
  return /@|www|http|&#|&[a-z\d]+;/i.test(document)
}

/**
 * remark-gfm for minutes: the same GFM (autolink literals, footnotes, strikethrough, tables, task lists), except
 * that autolink literals only run on documents that could hold one. They double the cost of a parse (their
 * tokenizer tries every `w`, `h` and `@`, their transform searches every text node) and most minutes have none.
 * Use after remark-parse, in place of remark-gfm; it takes over remark-parse's parser.
 */
export default function remarkGfmMinutes(this: Processor): undefined {
  // unified types `this` as a processor of nothing yet; this plugin is what makes it parse into a Root.
  const self = this as unknown as Processor<Root>
  const data = self.data()
  const autolink = gfmAutolinkLiteral()
  const [autolinkFromMarkdown, ...otherFromMarkdown] = gfmFromMarkdown()
  // The order of remark-gfm (micromark-extension-gfm combines them in this order), so the same constructs win.
  ;(data.micromarkExtensions ??= []).push(autolink, gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(autolinkFromMarkdown!, ...otherFromMarkdown)
  const settings = () => self.data('settings')
  self.parser = function parse(document: string): Root {
    // Read at parse time: plugins used after this one (remark-frontmatter) add their own extensions.
    const extensions: MicromarkExtension[] = data.micromarkExtensions ?? []
    const mdastExtensions = (data.fromMarkdownExtensions ?? []).flat() as MdastExtension[]
    const lean = !mayHoldAutolinkLiteral(document)
    return fromMarkdown(document, {
      ...settings(),
      extensions: lean ? extensions.filter((extension) => extension !== autolink) : extensions,
      mdastExtensions: lean ? mdastExtensions.filter((extension) => extension !== autolinkFromMarkdown) : mdastExtensions
    })
  }
}
