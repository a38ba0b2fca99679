import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {formatMessage} from '../../src/cli/format.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {buildSite} from '../../src/build/build-site.js'
import {filesUnder, readableText} from './site-files.js'
import {BuildError} from '../../src/model/errors.js'

const repo = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-markers-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const path = 'meetings/2024/2024-06-01-board.md'
const head = '---\ntitle: Board\ndate: 2024-06-01\nstatus: approved\n---\n\n## Item\n\n'

function parse(text: string) {
  const result = parseMeeting(text, {path})
  return {meeting: result.meeting, messages: result.messages.map((message) => formatMessage(message))}
}

const grammar = 'expected a private marker written exactly `<!-- private -->` or `<!-- /private -->`'
const at = (place: string, reason: string, rule: string) => `${path}:${place}: ${reason} [minutebook:${rule}]`

/** Markers minutebook does not recognise exactly: each stops the meeting with exactly these errors. */
const refused: Array<[string, string, string[]]> = [
  [
    'three-dash markers (`<!--- private --->`)',
    head + 'Public.\n\n<!--- private --->\nCANARY-DASH-1\n<!--- /private --->\n',
    [at('11:1', `Unexpected \`<!--- private --->\`, ${grammar}`, 'private-marker'), at('13:1', `Unexpected \`<!--- /private --->\`, ${grammar}`, 'private-marker')]
  ],
  [
    'a marker with a note (`<!-- private: HR case -->`)',
    head + '<!-- private: HR case -->\nCANARY-NOTE-2\n<!-- /private -->\n',
    [
      at('9:1', `Unexpected \`<!-- private: HR case -->\`, ${grammar}`, 'private-marker'),
      at('11:1', 'Unexpected closing `<!-- /private -->`, expected an opening `<!-- private -->` before it', 'private-block-stray')
    ]
  ],
  [
    'markers in front matter',
    '---\ntitle: Board\ndate: 2024-06-01\nstatus: approved\nlocation: "<!-- private -->Safe house<!-- /private -->"\n---\n\n## Item\n\nText.\n',
    [
      at('5:12', 'Unexpected private marker `<!-- private -->` in front matter, expected markers only in the minutes below it (front matter is published whole)', 'private-marker'),
      at('5:38', 'Unexpected private marker `<!-- /private -->` in front matter, expected markers only in the minutes below it (front matter is published whole)', 'private-marker')
    ]
  ],
  ['a stray closing marker', head + 'Text <!-- /private --> more.\n', [at('9:6', 'Unexpected closing `<!-- /private -->`, expected an opening `<!-- private -->` before it', 'private-block-stray')]],
  [
    'a second opening marker inside a block',
    head + '<!-- private -->\nA\n<!-- private -->\nB\n<!-- /private -->\n',
    [at('11:1', 'Unexpected `<!-- private -->` inside a private block, expected `<!-- /private -->` before the next opening marker (blocks do not nest)', 'private-block-nested')]
  ],
  ['a single dash (`<!- private -->`)', head + 'Text <!- private --> CANARY.\n', [at('9:6', `Unexpected \`<!- private -->\`, ${grammar}`, 'private-marker')]]
  ,
  ['dashes Word made long (`<!—private—>`)', head + '<!—private—>\nCANARY\n', [at('9:1', `Unexpected \`<!—private—>\`, ${grammar}`, 'private-marker')]],
  ['an escaped marker shown as text', head + '&lt;!-- private --&gt; CANARY\n', [at('9:1', `Unexpected \`&lt;!-- private --&gt;\`, ${grammar}`, 'private-marker')]],
  ['an unclosed comment', head + '<!-- private ->\nCANARY\n', [at('9:1', `Unexpected \`<!-- private ->\`, ${grammar}`, 'private-marker')]],
  [
    'a closing marker Markdown reads as text (escaped) inside a block',
    head + '<!-- private -->\nCANARY \\<!-- /private --> still private\n<!-- /private -->\n',
    [
      at(
        '10:9',
        'Unexpected `<!-- /private -->` that Markdown reads as text (escaped, or inside a link), expected a private marker written exactly `<!-- private -->` or `<!-- /private -->` as an HTML comment of its own',
        'private-marker'
      )
    ]
  ]
]

describe('private markers: one grammar, anything else stops the meeting', () => {
  it.each(refused)('%s', (_name, text, messages) => {
    const result = parse(text)
    expect(result.messages).toEqual(messages)
    expect(result.meeting).toBeUndefined()
  })

  it.each([
    ['`<!--private-->`', '<!--private-->', '<!--/private-->'],
    ['`<!-- PRIVATE -->`', '<!-- PRIVATE -->', '<!-- /Private -->'],
    ['spaces around the slash', '<!--  private  -->', '<!--  /  private  -->']
  ])('accepts %s', (_name, open, close) => {
    const result = parse(head + `Before. ${open}CANARY-EXACT${close} After.\n`)
    expect(result.messages).toEqual([])
    expect(result.meeting?.items[0]?.html).toBe('<p>Before.  After.</p>')
  })

  it('does not end a block at a closing marker in a code span: the rest of the block stays private', () => {
    const result = parse(head + '<!-- private -->\nCANARY-CODE-1 `<!-- /private -->` CANARY-CODE-2\n\nCANARY-CODE-3\n<!-- /private -->\n\nPublic.\n')
    expect(result.messages).toEqual([])
    expect(JSON.stringify(result.meeting)).not.toMatch(/CANARY/)
    expect(result.meeting?.items[0]?.html).toBe('<p>Public.</p>')
  })

  it('shows marker text in code as code: neither a marker nor an error', () => {
    const result = parse(head + 'Write `<!-- private -->` before the text.\n\n```\n<!-- /private -->\n```\n')
    expect(result.messages).toEqual([])
    expect(result.meeting?.items[0]?.html).toBe('<p>Write <code>&#x3C;!-- private --></code> before the text.</p>\n<pre><code>&#x3C;!-- /private -->\n</code></pre>')
  })

  it('leaves the word alone in prose and in comments that are not markers', () => {
    const result = parse(head + 'The semi-private sector met privately; private -> public.\n')
    expect(result.messages).toEqual([])
  })

  it('reports 10,000 stray closing markers, each in its place', () => {
    const result = parseMeeting(head + '<!-- /private -->\n\n'.repeat(10_000), {path})
    expect(result.meeting).toBeUndefined()
    expect(result.messages.length).toBe(10_000)
    expect(new Set(result.messages.map((message) => message.ruleId))).toEqual(new Set(['private-block-stray']))
    expect(result.messages.at(-1)?.line).toBe(20_007)
  })
})

describe('a build with a mistyped marker publishes nothing', () => {
  it.each(refused)('%s', async (_name, text) => {
    const root = join(work, `build-${refused.findIndex(([name]) => name === _name)}`)
    mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    writeFileSync(join(root, path), text)
    const build = buildSite({root, quiet: true, cache: false})
    await expect(build).rejects.toBeInstanceOf(BuildError)
    expect(existsSync(join(root, '_site'))).toBe(false)
  }, 60_000)

  it('the code-span case builds, and no output byte holds the rest of the block', async () => {
    const root = join(work, 'code-span')
    mkdirSync(join(root, 'meetings', '2024'), {recursive: true})
    cpSync(join(repo, 'minutebook.yml'), join(root, 'minutebook.yml'))
    writeFileSync(join(root, path), head + 'Public start.\n\n<!-- private -->\nCANARY-CODE-1 `<!-- /private -->` CANARY-CODE-2\n\nCANARY-CODE-3\n<!-- /private -->\n')
    await buildSite({root, quiet: true, cache: false})
    const site = join(root, '_site')
    const files = filesUnder(site)
    expect(files.filter((file) => file.startsWith('_pagefind/')).length).toBeGreaterThan(0)
    expect(readFileSync(join(site, 'meetings', '2024-06-01-board', 'index.html'), 'utf8')).toContain('Public start.')
    expect(files.filter((file) => /CANARY-CODE/.test(readableText(join(site, file))))).toEqual([])
  }, 120_000)
})
