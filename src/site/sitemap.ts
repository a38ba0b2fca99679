import type {Config} from '../model/config.js'
import {compareStrings} from '../text/compare.js'
import {absoluteUrl, encodePath} from '../text/site-paths.js'
import {escapeXml} from './xml.js'

/** `sitemap.xml` for the given site paths (sorted; no `lastmod`, which would need the clock or file times). */
export function sitemap(paths: readonly string[], config: Config): string {
  const urls = [...paths].sort(compareStrings).map((path) => `  <url><loc>${escapeXml(absoluteUrl(config.baseUrl, config.pathPrefix, encodePath(path)))}</loc></url>`)
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n')
}
