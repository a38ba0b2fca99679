import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import type {Heading, List, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {beforeAll, describe, expect, test} from 'vitest'
import {convertMinutes, type ConvertedMeeting} from '../../src/import/convert.js'
import type {Meeting} from '../../src/model/meeting.js'
import {loadConfig} from '../../src/parse/config.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const seedText = new URL('../fixtures-import/stakeholder-meeting-2007.txt', import.meta.url)
const golden = new URL('fixtures/stakeholder-meeting-2007.md', import.meta.url)
const handWritten = new URL('../../meetings/2007/2007-02-28-stakeholder-meeting.md', import.meta.url)
const flags = {date: '2007-02-28', title: 'Stakeholder Meeting on Human Trafficking'}

let converted: ConvertedMeeting
let imported: Meeting
let hand: Meeting

beforeAll(async () => {
  converted = await convertMinutes(await readFile(seedText), 'stakeholder-meeting-2007.txt', flags)
  const config = await loadConfig(repo)
  imported = parseMeeting(converted.markdown, {path: 'meetings/2007/2007-02-28-stakeholder-meeting-on-human-trafficking.md', config}).meeting!
  hand = parseMeeting(await readFile(handWritten), {path: 'meetings/2007/2007-02-28-stakeholder-meeting.md', config}).meeting!
})

function markdownTree(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown)
}

describe('importing the seed minutes (plain text pasted from Word)', () => {
  test('gives exactly the reviewed Markdown', async () => {
    expect(converted.markdown).toBe(await readFile(golden, 'utf8'))
  })

  test('the Markdown has 13 agenda headings, 5 group sub-headings and the groups 6, 4, 10, 4, 9 bullets', () => {
    const tree = markdownTree(converted.markdown)
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(13)
    expect(headings.filter((h) => h.depth === 3).map((h) => toString(h))).toEqual(['Group 1', 'Group 2', 'Group 3', 'Group 4', 'Group 5'])
    const counts = headings
      .filter((h) => h.depth === 3)
      .map((h) => {
        const start = tree.children.indexOf(h)
        const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading')
        const lists = tree.children.slice(start + 1, end).filter((node): node is List => node.type === 'list')
        return lists.reduce((sum, list) => sum + list.children.length, 0)
      })
    expect(counts).toEqual([6, 4, 10, 4, 9])
    expect(counts.reduce((a, b) => a + b)).toBe(33)
  })

  test('front matter comes from the flags and says draft', () => {
    expect(converted.markdown.split('---\n')[1]).toBe(
      'title: Stakeholder Meeting on Human Trafficking\ndate: 2007-02-28\nstatus: draft\n'
    )
    expect(imported.status).toBe('draft')
    expect(imported.date).toBe('2007-02-28')
  })

  test('parses to the agenda items of the hand-written seed meeting (all 12; "Meeting Closed" is logistics)', () => {
    expect(hand.items).toHaveLength(12)
    expect(imported.logistics.map((part) => part.title)).toEqual(hand.logistics.map((part) => part.title))
    const titles = imported.items.map((item) => item.title)
    expect(titles).toEqual(hand.items.map((item) => item.title))
    const shared = titles.filter((title) => hand.items.some((item) => item.title === title))
    expect(shared.length).toBeGreaterThanOrEqual(12)
  })

  test('parses to the same five groups with the same recommendations as the hand-written meeting', () => {
    const grouped = (meeting: Meeting) =>
      meeting.recommendations.filter((r) => /^Group \d$/.test(r.group ?? '')).map((r) => `${r.group}: ${r.text}`)
    expect(grouped(imported)).toEqual(grouped(hand))
    // Pinned as well, so a silent change in the extractor shows here too.
    const perGroup = ['Group 1', 'Group 2', 'Group 3', 'Group 4', 'Group 5'].map(
      (group) => imported.recommendations.filter((r) => r.group === group).length
    )
    expect(perGroup).toEqual([6, 4, 10, 4, 9])
  })

  test('finds the speakers the hand-written meeting gives', () => {
    const names = (meeting: Meeting) => meeting.speakers.map((speaker) => speaker.name)
    expect(names(imported)).toEqual(names(hand))
    expect(names(imported)).toContain('Kristy Fleming')
  })

  test('notes the stray lines after "Meeting Closed" and nothing else', () => {
    expect(converted.notes.map((note) => note.ruleId)).toEqual(['import-trailing-text'])
  })

  test('loses no words of the source', async () => {
    const words = (text: string) => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
    const source = words(await readFile(seedText, 'utf8'))
    const body = words(converted.markdown.split('---\n').slice(2).join('---\n'))
    expect(body).toEqual(source)
  })
})
