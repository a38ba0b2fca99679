import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {buildSite} from '../../src/build/build-site.js'
import {activeContent, filesUnder, readableText, unescapeXml} from './site-files.js'

const repo = join(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'minutebook-adversarial-'))
const xssSource = readFileSync(join(import.meta.dirname, 'fixtures', 'xss.md'), 'utf8')

/**
 * A temporary archive with the repository's settings and the given meetings. Raw HTML, which `check` and `build`
 * refuse by default, is let through (`rules: {raw-html: off}`, as a maintainer may set it): what is tested is that
 * it still comes out inert.
 */
function archive(name: string, meetings: Record<string, string>): string {
  const root = join(work, name)
  mkdirSync(root, {recursive: true})
  writeFileSync(join(root, 'minutebook.yml'), readFileSync(join(repo, 'minutebook.yml'), 'utf8') + '\nrules:\n  raw-html: off\n')
  for (const [path, text] of Object.entries(meetings)) {
    mkdirSync(join(root, 'meetings', path.slice(0, 4)), {recursive: true})
    writeFileSync(join(root, 'meetings', path.slice(0, 4), path), text)
  }
  return root
}

afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the XSS corpus comes out inert', () => {
  let site = ''
  beforeAll(async () => {
    const root = archive('xss', {'2024-03-01-xss.md': xssSource})
    await buildSite({root, quiet: true, cache: false})
    site = join(root, '_site')
  }, 120_000)

  it('renders the item HTML without raw HTML, handlers, script URLs or comments', () => {
    const {meeting} = parseMeeting(xssSource, {path: 'meetings/2024/2024-03-01-xss.md'})
    const html = meeting?.items.map((item) => item.html).join('\n') ?? ''
    expect(activeContent(html)).toEqual([])
    expect(html).not.toMatch(/xss-(?:script|onerror|svg|iframe|comment|click|js-link|vb|img|entity)/)
    // A link whose target is a script URL keeps its text and loses its target.
    expect(html).toContain('<a>js link</a> <a>vb link</a> <a>data link</a>')
  })

  it('builds pages with no active content anywhere', () => {
    const pages = filesUnder(site).filter((path) => path.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(10)
    for (const page of pages) expect([page, activeContent(readFileSync(join(site, page), 'utf8'))]).toEqual([page, []])
  })

  it('keeps feed HTML inert once unescaped', () => {
    const feeds = filesUnder(site).filter((path) => path.endsWith('.xml') && !path.endsWith('sitemap.xml'))
    expect(feeds).toEqual(['feed.xml', 'series/board-img-srcx-onerroralertxss-series/feed.xml'])
    for (const feed of feeds) {
      const xml = readFileSync(join(site, feed), 'utf8')
      expect(xml).not.toMatch(/<script|<iframe|<svg/i)
      for (const [, content] of xml.matchAll(/<(?:content|summary) type="html">([\s\S]*?)<\/(?:content|summary)>/g)) {
        expect(activeContent(unescapeXml(content ?? ''))).toEqual([])
      }
    }
  })

  it('never evaluates template syntax from a meeting: it appears literally, escaped', () => {
    const page = readFileSync(join(site, 'meetings', '2024-03-01-xss', 'index.html'), 'utf8')
    expect(page).toContain('<p>Template {{ 123456*2 }} and {{ "xss-tpl" | upper }} and {% include "base.njk" %} and {{ constructor.constructor("return process")().exit() }} and {%- raw %}{% endraw %}.</p>')
    for (const path of filesUnder(site)) {
      const text = readableText(join(site, path))
      expect([path, text.includes('246912'), text.includes('XSS-TPL')]).toEqual([path, false, false])
    }
    // Escaped exactly once, in the heading and in the document title.
    expect(page).toContain('<h1>&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt; {{ 123456*2 }} {% raw %}</h1>')
    expect(page).toContain('<title>&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt; {{ 123456*2 }} {% raw %}, 1 March 2024 · ')
  })
})

/** Unique strings that must never reach any output byte. */
const canary = {
  draftTitle: 'CANARY-DRAFT-TITLE-b41e',
  draftBody: 'CANARY-DRAFT-BODY-0c7d',
  noStatus: 'CANARY-NO-STATUS-5a92',
  privateBlock: 'CANARY-PRIVATE-BLOCK-e3f1',
  privateInline: 'CANARY-PRIVATE-INLINE-77ab',
  privateList: 'CANARY-PRIVATE-LIST-1d0c',
  emailLocal: 'canary-mail-91c2',
  phoneDigits: '5318642',
  alias: 'CANARY-ALIAS-4b7e',
  tag: 'canary-tag-8f2d',
  yamlComment: 'CANARY-YAML-COMMENT-2e6a',
  htmlComment: 'CANARY-HTML-COMMENT-9d3b',
  rawAttribute: 'CANARY-RAW-ATTRIBUTE-a5c8'
}

const approved = `---
title: Canary meeting
date: 2024-04-02
series: Canary Board
status: approved # ${canary.yamlComment}
chair: Bettina Maas
attendees:
  - name: Yim Po
    organization: CCPCR
    aliases: [${canary.alias}]
tags: [${canary.tag}]
---

## Welcome

The Chair, Bettina Maas, welcomed attendees. Write to ${canary.emailLocal}@example.org, <${canary.emailLocal}@example.org>
or [the desk](mailto:${canary.emailLocal}@example.org); call +855 97 531 8642 or (023) 531-8642.

<!-- private -->
${canary.privateBlock} named the victim.

- ${canary.privateList}
<!-- /private -->

Mr Yim Po reported progress<!-- private --> and ${canary.privateInline}<!-- /private -->.

<!-- ${canary.htmlComment} -->

<span title="${canary.rawAttribute}">Shown text.</span>

Decision: The report was adopted.
`

const draft = `---
title: ${canary.draftTitle}
date: 2024-04-03
series: Canary Board
status: draft
---

## Item

Ms ${canary.draftBody} presented the draft.
`

const noStatus = `---
title: ${canary.noStatus}
date: 2024-04-04
series: Canary Board
---

## Item

${canary.noStatus} spoke.
`

describe('privacy canaries never reach any output byte', () => {
  let site = ''
  let files: string[] = []
  beforeAll(async () => {
    const root = archive('canaries', {
      '2024-04-02-canary-meeting.md': approved,
      '2024-04-03-canary-draft.md': draft,
      '2024-04-04-canary-no-status.md': noStatus
    })
    const report = await buildSite({root, quiet: true, cache: false})
    expect([report.meetings, report.skippedDrafts]).toEqual([1, 2])
    site = join(root, '_site')
    files = filesUnder(site)
  }, 120_000)

  it('builds every kind of output, the search index included', () => {
    for (const expected of ['index.html', 'feed.xml', 'meetings.ics', 'sitemap.xml', 'api/meetings.json', 'meetings/2024-04-02-canary-meeting/index.html']) {
      expect(files).toContain(expected)
    }
    expect(files.filter((path) => path.startsWith('_pagefind/fragment/')).length).toBeGreaterThan(0)
    // The canary meeting's text is in the decompressed index: the search below reads what it must.
    const fragments = files.filter((path) => path.startsWith('_pagefind/')).map((path) => readableText(join(site, path))).join('\n')
    expect(fragments).toContain('The report was adopted.')
  })

  it.each(Object.entries(canary))('%s', (_name, value) => {
    const hits = files.filter((path) => {
      const text = readableText(join(site, path))
      return text.includes(value) || text.toLowerCase().includes(value.toLowerCase())
    })
    expect(hits).toEqual([])
  })

  it('withholds the phone number in every spelling', () => {
    const hits = files.filter((path) => /531[\s.-]?8642/.test(readableText(join(site, path))))
    expect(hits).toEqual([])
  })
})
