/**
 * renderItem turns one section's content into its Markdown and search text, from the renderer's sanitised tree
 * when it is at hand and from the HTML otherwise, with the same bytes either way.
 */
import type {Root} from 'hast'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {htmlToText} from '../../src/render/html-text.js'
import {renderItem} from '../../src/render/render-item.js'

const path = 'meetings/2007/2007-02-28-one.md'
const frontMatter = '---\ntitle: One\ndate: 2007-02-28\nstatus: approved\n---\n\n'

/** The first item's HTML and sanitised tree. */
function firstItem(body: string): {html: string; tree: Root} {
  const result = parseMeeting(`${frontMatter}## One\n\n${body}\n`, {path, keepItemTrees: true})
  const item = result.meeting!.items[0]!
  return {html: item.html, tree: result.itemTrees!.get(item)!}
}

describe('renderItem', () => {
  it('gives an item’s Markdown and text, the same from its tree as from its HTML', () => {
    const {html, tree} = firstItem('The **agenda** was adopted[^n].\n\n- [x] minutes signed\n- [ ] letter\n\n[^n]: By all.')
    const fromTree = renderItem({html, tree})
    expect(fromTree).toEqual(renderItem({html}))
    expect(fromTree.markdown.split('\n').slice(0, 4)).toEqual(['The **agenda** was adopted[1](#user-content-fn-one-n).', '', '- [x] minutes signed', '- [ ] letter'])
    expect(fromTree.text).toBe(htmlToText(html))
    expect(fromTree.text.startsWith('The agenda was adopted1. minutes signed letter')).toBe(true)
  })

  it('gives empty outputs for an item without content', () => {
    expect(renderItem({html: ''})).toEqual({markdown: '', text: ''})
  })

  it('does not take the sanitised tree as it is: its Markdown would differ from its HTML’s', () => {
    // Why item-tree.ts rebuilds what the HTML parser would make: a CR LF in code stays in the sanitised tree but
    // not in the parse of its HTML, and the Markdown made from the Meeting alone only has the HTML.
    const {html, tree} = firstItem('```\r\nline one\r\nline two\r\n```')
    const toMarkdown = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify)
    const asItIs = toMarkdown.stringify(toMarkdown.runSync(structuredClone(tree))).trim()
    expect(asItIs).toContain('line one\r\nline two')
    expect(renderItem({html, tree}).markdown).toBe('```\nline one\nline two\n```')
    expect(renderItem({html}).markdown).toBe('```\nline one\nline two\n```')
  })
})
