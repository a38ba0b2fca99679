import type {Root as HastRoot} from 'hast'
import type {Definition, FootnoteDefinition, Nodes, Root, RootContent} from 'mdast'
import rehypeSanitize, {defaultSchema, type Options as SanitizeSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Section} from './context.js'
import {listItemHandler} from './list-item-handler.js'
import {blockText} from './text/block-text.js'
import {walk} from './text/walk.js'

declare module 'vfile' {
  interface DataMap {
    /** The anchor of the item being rendered, when it has footnotes; keeps their ids unique on the page. */
    footnotePrefix: string
  }
}

/**
 * remark-rehype names every footnote heading `footnote-label`; a meeting page shows many items, so each
 * item's label gets its own id (and the references pointing at it follow). Runs before rehype-sanitize.
 */
function rehypeItemFootnoteLabel() {
  return function transform(tree: HastRoot, file: VFile): undefined {
    const prefix = file.data.footnotePrefix
    if (prefix === undefined) return
    const id = `user-content-${prefix}-footnote-label`
    // The label and the references to it sit at the top of the footnote section and in paragraphs, but a walk
    // with an explicit stack costs nothing and survives deeply nested content.
    const stack: Array<HastRoot | HastRoot['children'][number]> = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'element') {
        if (node.properties['id'] === 'footnote-label') node.properties['id'] = id
        const described = node.properties['ariaDescribedBy']
        if (Array.isArray(described)) {
          node.properties['ariaDescribedBy'] = described.map((value) => (value === 'footnote-label' ? id : value))
        }
      }
      if ('children' in node) stack.push(...node.children)
    }
  }
}

/**
 * A task item's checkbox has no label, and a screen reader announced "checkbox, checked" with nothing to say what
 * was checked (axe's critical `label` violation): each gets `aria-label` "Done" or "Not done", the state it shows.
 * The item's own text follows it, so it is not repeated. Runs before rehype-sanitize, whose schema allows it.
 */
function rehypeTaskCheckboxLabel() {
  return function transform(tree: HastRoot): undefined {
    const stack: Array<HastRoot | HastRoot['children'][number]> = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox') {
        node.properties['ariaLabel'] = node.properties['checked'] === true ? 'Done' : 'Not done'
      }
      if ('children' in node) stack.push(...node.children)
    }
  }
}

/**
 * GitHub's schema, except ids are not prefixed a second time: remark-rehype already gives footnote ids
 * `user-content-`, and a second prefix would break the `#user-content-fn-...` links (no script fixes them here).
 * Without raw HTML, footnotes are the only source of ids, so nothing a writer types can clobber the page. A
 * checkbox keeps the `aria-label` {@link rehypeTaskCheckboxLabel} gives it (no writer can type an input).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {...defaultSchema.attributes, input: [...(defaultSchema.attributes?.['input'] ?? []), 'ariaLabel']}
}

/**
 * One processor for every item of every meeting. remark-rehype without `allowDangerousHtml` drops raw HTML
 * and comments; rehype-sanitize runs last on the tree, so nothing added before it escapes the schema.
 */
const processor = unified()
  // The list item handler is the default one made linear in the length of a list.
  .use(remarkRehype, {handlers: {listItem: listItemHandler}})
  .use(rehypeItemFootnoteLabel)
  .use(rehypeTaskCheckboxLabel)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze()

/** Link and footnote definitions of the whole meeting, first one per identifier winning, as in CommonMark. */
interface Definitions {
  links: Map<string, Definition>
  footnotes: Map<string, FootnoteDefinition>
}

function collectDefinitions(sections: readonly Section[]): Definitions {
  const links = new Map<string, Definition>()
  const footnotes = new Map<string, FootnoteDefinition>()
  for (const section of sections) {
    for (const node of section.nodes) {
      walk(node, (child) => {
        if (child.type === 'definition' && !links.has(child.identifier)) links.set(child.identifier, child)
        if (child.type === 'footnoteDefinition' && !footnotes.has(child.identifier)) footnotes.set(child.identifier, child)
      })
    }
  }
  return {links, footnotes}
}

/**
 * The definitions an item needs from anywhere in the meeting: a reference in item 3 to a link defined at the
 * end of the file still renders as a link, and its footnotes render at the end of the item.
 */
function referencedDefinitions(nodes: readonly RootContent[], definitions: Definitions): {links: Definition[]; footnotes: FootnoteDefinition[]} {
  const links = new Map<string, Definition>()
  const footnotes = new Map<string, FootnoteDefinition>()
  const queue: Nodes[] = [...nodes]
  // Footnote bodies may reference more links and footnotes, so the walk continues into the ones found.
  for (let index = 0; index < queue.length; index++) {
    walk(queue[index]!, (child) => {
      if (child.type === 'linkReference' || child.type === 'imageReference') {
        const definition = definitions.links.get(child.identifier)
        if (definition) links.set(child.identifier, definition)
      } else if (child.type === 'footnoteReference' && !footnotes.has(child.identifier)) {
        const definition = definitions.footnotes.get(child.identifier)
        if (definition) {
          footnotes.set(child.identifier, definition)
          queue.push(definition)
        }
      }
    })
  }
  return {links: [...links.values()], footnotes: [...footnotes.values()]}
}

/**
 * Footnote ids restart at `fn-1` in every item, and a meeting page shows every item: prefixing identifiers
 * with the item anchor keeps them unique on the page. Works on copies; the shared tree stays as parsed.
 */
function relabelFootnotes(nodes: RootContent[], prefix: string): RootContent[] {
  const copies = structuredClone(nodes)
  for (const node of copies) {
    walk(node, (child) => {
      if (child.type === 'footnoteReference' || child.type === 'footnoteDefinition') {
        const label = child.label ?? child.identifier
        child.identifier = `${prefix}-${child.identifier}`
        child.label = `${prefix}-${label}`
      }
    })
  }
  return copies
}

/**
 * A section's HTML and, when it has any, the sanitised tree it was stringified from (what the site's per-meeting
 * outputs are made from, see render/render-item.ts).
 */
export interface Rendered {
  html: string
  tree?: HastRoot
}

/** Renders Markdown block nodes to a sanitised tree and its HTML. */
function renderNodes(nodes: RootContent[], footnotePrefix?: string): Required<Rendered> {
  const root: Root = {type: 'root', children: nodes}
  const file = new VFile()
  if (footnotePrefix !== undefined) file.data.footnotePrefix = footnotePrefix
  const tree = processor.runSync(root, file)
  return {html: processor.stringify(tree, file).trim(), tree}
}

/**
 * Renders Markdown block nodes to sanitised HTML (no raw HTML, no script URLs, no handlers, no comments).
 * `footnotePrefix` names the footnote label uniquely when the nodes have footnotes.
 */
export function renderNodesHtml(nodes: RootContent[], footnotePrefix?: string): string {
  return renderNodes(nodes, footnotePrefix).html
}

/** The item as one paragraph of plain text: what a reader gets when its nesting is too deep to render. */
function plainFallback(nodes: RootContent[]): Rendered {
  const text = nodes.map((node) => blockText(node)).filter((part) => part !== '').join(' ')
  return text === '' ? {html: ''} : renderNodes([{type: 'paragraph', children: [{type: 'text', value: text}]}])
}

function renderSection(section: Section, definitions: Definitions): Rendered {
  const {links, footnotes} = referencedDefinitions(section.nodes, definitions)
  const anchor = section.anchor
  if (footnotes.length > 0) {
    // Two clones: a definition in this item is also in `footnotes`, and one clone would relabel it twice.
    const children = [...relabelFootnotes(section.nodes, anchor), ...relabelFootnotes(footnotes, anchor), ...links]
    return renderNodes(children, anchor)
  }
  const children = [...section.nodes, ...links]
  return children.length === 0 ? {html: ''} : renderNodes(children)
}

/**
 * Renders each section's own content (not its heading, which the site renders, nor its sub-items, which have
 * their own html) to sanitised HTML, with the link definitions and footnotes it references.
 */
export function renderSections(sections: readonly Section[], file: VFile): Map<Section, Rendered> {
  const definitions = collectDefinitions(sections)
  const rendered = new Map<Section, Rendered>()
  for (const section of sections) {
    try {
      rendered.set(section, renderSection(section, definitions))
    } catch (error) {
      // The mdast -> hast -> HTML libraries recurse; content nested thousands deep overflows the call stack.
      // That is a content problem, so the item falls back to its plain text and the writer is told.
      if (!(error instanceof RangeError)) throw error
      rendered.set(section, plainFallback(section.nodes))
      file.message('Unexpected nesting too deep to render, expected fewer levels of lists or quotes; the item is shown as plain text', {
        place: {line: section.line, column: 1},
        ruleId: 'item-too-deep',
        source: 'minutebook'
      })
    }
  }
  return rendered
}
