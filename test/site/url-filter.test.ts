import {describe, expect, it} from 'vitest'
import {rootRelativeUrl} from '../../src/site/plugin.js'

/** Eleventy's own `url` filter (not exported by the package; imported from its file inside the package, for this comparison only). */
const eleventyUrl = ((await import(new URL('./Filters/Url.js', import.meta.resolve('@11ty/eleventy')).href)) as {default: (url: string, prefix: string) => string}).default

describe('the fast url filter', () => {
  const urls = ['/', '/meetings/', '/meetings/2007-02-28-stakeholder-meeting/', '/assets/style.css', '/meetings/a/#item-1', '/people/sokha/', '/a//b/', '/a/../b/', '/search/?q=x']
  const prefixes = ['/', '/minutes/', '/a/b/']

  it('gives what Eleventy’s url filter gives for every root-relative path and prefix', () => {
    for (const prefix of prefixes) {
      for (const url of urls) expect([prefix, url, rootRelativeUrl(url, prefix)]).toEqual([prefix, url, eleventyUrl(url, prefix)])
    }
  })

  it('puts the prefix in front of a root-relative path', () => {
    expect(rootRelativeUrl('/meetings/x/', '/minutes/')).toBe('/minutes/meetings/x/')
    expect(rootRelativeUrl('/', '/minutes/')).toBe('/minutes/')
    expect(rootRelativeUrl('/assets/style.css', '/')).toBe('/assets/style.css')
  })
})
