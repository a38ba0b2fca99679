/**
 * The two library fixes (docs/upstream/ has their reports): that each is in effect where minutebook parses and
 * renders, that it keeps time linear in the length of a meeting, and that the library code each one stands in for
 * is still the code it was written against.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {List, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toHast} from 'mdast-util-to-hast'
import {EditMap} from 'micromark-util-edit-map'
import {describe, expect, it} from 'vitest'
import {renderNodesHtml} from '../../src/extract/html.js'
import {listItemHandler} from '../../src/extract/list-item-handler.js'
import {createMinutesProcessor} from '../../src/extract/processor.js'
import {applyLinearEditMap, consumeTail, upstreamConsume} from '../../src/parse/patches/edit-map-consume.js'

const modules = join(import.meta.dirname, '..', '..', 'node_modules')

/** The sha256 of files of an installed package, in the order given. */
function installedHash(pkg: string, files: string[]): string {
  const hash = createHash('sha256')
  for (const file of files) hash.update(readFileSync(join(modules, pkg, file)))
  return hash.digest('hex')
}

/**
 * The least processor time of a few runs, in milliseconds. Processor time of this process, not time on the clock,
 * and the least of a few: what other processes on the machine do (and when they do it) changes it least.
 */
function fastest(run: () => unknown, runs = 3): number {
  let best = Infinity
  for (let time = 0; time < runs; time++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** How many times larger the larger input of a timing is, and the slowdown below which its time grew linearly. */
const growth = 8
const linearBound = growth * 2.5

/**
 * How much longer the larger input takes than the smaller, one `growth` times its size. Linear work takes about
 * `growth` times as long (less, with fixed costs); work growing with the square of the size tends to `growth`
 * squared as the square comes to dominate. The sizes below are the smallest at which the original code already
 * lands above {@link linearBound}, so the tests stay quick and still fail without the patches.
 */
function slowdown<T>(make: (size: number) => T, run: (input: T) => unknown, size: number): number {
  const small = make(size)
  const large = make(size * growth)
  run(small) // warm the code up, so the first timing is not of the compiler
  return fastest(() => run(large)) / fastest(() => run(small), 5)
}

describe('micromark’s EditMap patch', () => {
  it('is applied when the minutes processor is built', () => {
    EditMap.prototype.consume = upstreamConsume
    createMinutesProcessor().freeze()
    expect(EditMap.prototype.consume).toBe(consumeTail)
  })

  it('parses a meeting of many lists in time that grows linearly with them', {timeout: 60_000}, () => {
    applyLinearEditMap()
    // Each list ends at the paragraph after it, and micromark's document tokenizer edits its events as it does.
    const lists = (count: number) => '- item\n\nparagraph\n\n'.repeat(count)
    const ratio = slowdown(lists, (document) => fromMarkdown(document), 300)
    expect(ratio, `${growth} times the lists took ${ratio.toFixed(1)} times as long`).toBeLessThan(linearBound)
  })
})

describe('the listItem handler given to mdast-util-to-hast', () => {
  /** One tight list: the default handler walks every sibling of every item, and none stops it early. */
  function tightList(items: number): RootContent[] {
    const children = Array.from({length: items}, (_, index) => ({
      type: 'listItem' as const,
      spread: false,
      children: [{type: 'paragraph' as const, children: [{type: 'text' as const, value: `item ${index}`}]}]
    }))
    return [{type: 'list', ordered: false, spread: false, children}]
  }

  it('renders an item’s long list in time that grows linearly with it', {timeout: 60_000}, () => {
    const ratio = slowdown(tightList, (nodes) => renderNodesHtml(nodes), 1000)
    expect(ratio, `${growth} times the items took ${ratio.toFixed(1)} times as long`).toBeLessThan(linearBound)
  })

  it('gives what the default handler gives, loose and tight, nested and task lists', () => {
    const tree = fromMarkdown('- a\n- b\n\n  more b\n- c\n\n1. one\n2. two\n   - nested\n   - more\n\n* p\n\n* q\n')
    const looseByItem: List = {type: 'list', children: [{type: 'listItem', children: [{type: 'paragraph', children: []}, {type: 'thematicBreak'}]}]}
    const task: List = {type: 'list', spread: false, children: [{type: 'listItem', checked: true, spread: false, children: [{type: 'paragraph', children: [{type: 'text', value: 'done'}]}]}]}
    const root: Root = {type: 'root', children: [...tree.children, looseByItem, task]}
    expect(toHast(root, {handlers: {listItem: listItemHandler}})).toEqual(toHast(root))
  })

  it('answers each conversion afresh when a list changes between two', () => {
    const root: Root = {type: 'root', children: tightList(2)}
    const tight = toHast(root, {handlers: {listItem: listItemHandler}})
    ;(root.children[0] as List).children[1]!.spread = true
    const loose = toHast(root, {handlers: {listItem: listItemHandler}})
    expect(loose).not.toEqual(tight)
    expect(loose).toEqual(toHast(root))
  })
})

describe('the library code the patches stand in for', () => {
  // Recorded from the installed packages when the patches were last checked against them (both builds of the edit
  // map: Node loads index.js, and vitest, which resolves the `development` condition, dev/index.js). A new version may have
  // fixed the problem (drop the patch), changed what the patch relies on (fix it), or neither (record the new hash).
  it('is micromark-util-edit-map 1.0.0’s, which the EditMap#consume patch was written against', () => {
    expect(
      installedHash('micromark-util-edit-map', ['index.js', 'dev/index.js']),
      'micromark-util-edit-map changed: re-check src/parse/patches/edit-map-consume.ts against it and update docs/upstream/micromark-edit-map.md'
    ).toBe('d4d5c2ce2d2380bd02ac7dac43882cbb15cb69717f5d9aa9ca71cbe13a4354fd')
  })

  it('is mdast-util-to-hast 13.2.2’s listItem handler, which src/extract/list-item-handler.ts wraps', () => {
    expect(
      installedHash('mdast-util-to-hast', ['lib/handlers/list-item.js']),
      'mdast-util-to-hast’s listItem handler changed: re-check src/extract/list-item-handler.ts against it and update docs/upstream/mdast-util-to-hast-list-item.md'
    ).toBe('f25066f379325b2b602c74241fc39ed03b17b4e294627ef6e7f47afd557d8474')
  })
})
