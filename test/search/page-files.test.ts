import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {pageFile} from '../../src/build/search/shard-writer.js'
import {writeSearchIndex} from '../../src/build/search/index-site.js'
import {fixtureMeetings} from './fixtures.js'
import {openPagefind} from './pagefind-query.js'

describe('pageFile: the file whose path Pagefind turns back into a page URL', () => {
  it('decodes each segment, so Pagefind encodes it again the same way', () => {
    expect(pageFile('/meetings/2007-02-28-stakeholder-meeting/')).toBe('meetings/2007-02-28-stakeholder-meeting/index.html')
    expect(pageFile(`/minutes/meetings/${encodeURIComponent('២០០៧-កិច្ចប្រជុំ')}/`)).toBe('minutes/meetings/២០០៧-កិច្ចប្រជុំ/index.html')
  })

  it('refuses URLs Pagefind could spell otherwise, so those pages go one by one', () => {
    expect(pageFile('/my minutes/meetings/x/')).toBeUndefined()
    expect(pageFile('/meetings/a%2Fb/')).toBeUndefined()
    expect(pageFile('/meetings/%E1%9E/')).toBeUndefined()
    expect(pageFile('/meetings/./')).toBeUndefined()
    expect(pageFile('/meetings/x')).toBeUndefined()
    // Encoded where encodeURIComponent would not encode: Pagefind would give `x` back.
    expect(pageFile('/meetings/%78/')).toBeUndefined()
  })
})

describe('both ways of adding pages', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'minutebook-page-files-'))
  })
  afterAll(async () => {
    await rm(work, {recursive: true, force: true})
  })

  const khmerSlug = '២០០៧-កិច្ចប្រជុំ'
  const meetings = fixtureMeetings.map((meeting) => (meeting.slug === '2007-02-28-stakeholder-meeting' ? {...meeting, slug: khmerSlug} : meeting))

  // `/minutes/` goes through a folder, `/my minutes/` page by page: each hit must land on the URL the site serves.
  it.each(['/minutes/', '/my minutes/'])('land a hit on the item\'s own URL with the path prefix %s', async (pathPrefix) => {
    const site = path.join(work, pathPrefix.replace(/\W/g, ''))
    await writeSearchIndex(site, {meetings, pathPrefix})
    const runtime = await openPagefind(site)
    try {
      const hits = await runtime.search('Svay Rieng')
      expect(hits.map((hit) => hit.url)).toEqual([`${pathPrefix}meetings/${encodeURIComponent(khmerSlug)}/#svay-rieng-assessment`])
    } finally {
      await runtime.close()
    }
  })
})
