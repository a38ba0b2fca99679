import type {CacheStage} from './cache.js'

/**
 * The cache machinery every stage runs: how keys are made and entries named, written and pruned. A change here that
 * moves or reshapes entries needs a format bump too.
 */
const cacheCode = ['src/build/cache.ts', 'src/build/cache-stages.ts', 'src/build/if-missing.ts', 'src/build/lock.ts', 'src/build/package-version.ts']

/**
 * Parsing one meeting file, with what the site makes from it alone (its API file, downloadable Markdown and item
 * texts) and what `check` says about its source: `.cache/parse`. Bump `format` when the parse, the extractors, the
 * source rules or a per-meeting output changes what it makes from the same file.
 */
export const parseStage: CacheStage = {
  name: 'parse',
  format: 1,
  libraries: [
    'github-slugger',
    'gray-matter',
    'hast-util-to-text',
    'leven',
    'mdast-util-from-markdown',
    'mdast-util-gfm',
    'mdast-util-to-hast',
    'mdast-util-to-string',
    'micromark-extension-gfm-autolink-literal',
    'micromark-extension-gfm-footnote',
    'micromark-extension-gfm-strikethrough',
    'micromark-extension-gfm-table',
    'micromark-extension-gfm-task-list-item',
    'micromark-util-edit-map',
    'rehype-parse',
    'rehype-remark',
    'rehype-sanitize',
    'rehype-stringify',
    'remark-frontmatter',
    'remark-gfm',
    'remark-parse',
    'remark-rehype',
    'remark-stringify',
    'unified',
    'unist-util-visit',
    'vfile',
    'vfile-location',
    'vfile-message',
    'yaml',
    'zod'
  ],
  inputs: ['the file’s path', 'the settings that change parsing', 'the file’s bytes'],
  code: {
    entries: ['src/build/parse-pool.ts'],
    covers: [
      'src/text',
      'src/model',
      'src/parse',
      'src/extract',
      'src/archive/types.ts',
      'src/archive/meeting-parts.ts',
      'src/lint',
      'src/render',
      'src/build/parse-pool.ts',
      'src/build/parse-worker.ts',
      'src/build/parse-cache.ts',
      'src/build/serialized-result.ts',
      'src/build/in-batches.ts',
      ...cacheCode
    ]
  }
}

/**
 * Rendering one page of a page list (a meeting, person, organisation or series page, a year page of a register or of
 * a long person, organisation or series page) with Eleventy: `.cache/pages`. The page's entry (its data) is hashed as it is, so only
 * the code that turns it into HTML counts here: minutebook's Eleventy plugin and filters. Format 2: the page lists
 * by year, and person and organisation pages past 100 meetings as a summary.
 */
export const pageStage: CacheStage = {
  name: 'page',
  format: 2,
  libraries: ['@11ty/eleventy', 'zod'],
  inputs: ['the site settings the templates see', 'the `.njk` files of the site’s folder', 'the page list', 'the page’s entry'],
  code: {
    entries: ['src/site/plugin.ts', 'src/build/page-cache.ts', 'src/build/page-reuse.ts'],
    covers: [
      'src/site',
      'src/archive',
      'src/model',
      'src/text',
      'src/render/api.ts',
      'src/build/page-cache.ts',
      'src/build/page-reuse.ts',
      'src/build/link-cached.ts',
      'src/build/write-files.ts',
      'src/build/in-batches.ts',
      ...cacheCode
    ]
  }
}

/** Indexing one search shard's pages with Pagefind: `.cache/search`. Its pages' HTML is hashed as it is. */
export const searchStage: CacheStage = {
  name: 'search bundle',
  format: 2,
  libraries: ['pagefind'],
  inputs: ['the language Pagefind is forced to', 'each page’s address and HTML, in order'],
  code: {
    entries: ['src/build/search/shard-writer.ts'],
    covers: ['src/build/search/shard-writer.ts', 'src/build/search/bundle-cache.ts', 'src/build/write-files.ts', 'src/text/compare.ts', 'src/model/errors.ts', ...cacheCode]
  }
}

/** Every cached stage, for the test that checks their declared code. */
export const cacheStages: readonly CacheStage[] = [parseStage, pageStage, searchStage]
