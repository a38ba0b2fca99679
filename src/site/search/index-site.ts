import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type {Archive} from '../../archive/types.js'
import type {Meeting} from '../../model/meeting.js'
import {namesFromArchive} from './names.js'
import {searchRecords} from './records.js'
import {unspacedWords} from './segment.js'

/** What the build hands the search index: the meetings it publishes and the site's path prefix. */
export interface SearchIndexInput {
  meetings: Meeting[]
  pathPrefix: string
  /** The site's language (`lang` of minutebook.yml); all records share it so the search page loads one index. */
  language?: string
  /** The Archive, so the person and organisation filters use the names of the site's pages (aliases merged). */
  archive?: Pick<Archive, 'meetings' | 'people' | 'organizations'>
  /** The plain text of each meeting's items, by slug, when the parse already worked it out. */
  itemTexts?: ReadonlyMap<string, readonly string[]>
}

/** The folder under the output where the Pagefind bundle goes; site/assets/search.js loads it from there. */
export const searchBundleDir = '_pagefind'

/** The vocabulary file beside the bundle: the index's Khmer/Thai words, which the search page aligns queries to. */
export const searchWordsFile = 'words.json'

/** Throws when Pagefind reports errors: they come from our records or the binary, never from a meeting's text. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Unexpected Pagefind errors while ${step}: ${errors.map((error) => `\`${error}\``).join(', ')}`)
  }
}

/**
 * Writes the Pagefind bundle for `input.meetings` into `<outDir>/_pagefind/`: one record per meeting page and
 * per agenda item, so results land on the item's anchor; beside it `words.json`, the index's unspaced-script words.
 */
export async function writeSearchIndex(outDir: string, input: SearchIndexInput): Promise<{records: number}> {
  const language = input.language ?? 'en'
  const names = input.archive ? {names: namesFromArchive(input.archive)} : {}
  const records = searchRecords(input.meetings, {
    pathPrefix: input.pathPrefix,
    language,
    ...names,
    ...(input.itemTexts === undefined ? {} : {itemTexts: input.itemTexts})
  })
  // One forced language: Pagefind would otherwise split a Khmer meeting into an index the page never loads.
  const created = await pagefind.createIndex({forceLanguage: language})
  assertNoErrors('creating the index', created.errors)
  const index = created.index
  if (!index) throw new Error('Unexpected missing Pagefind index, expected one from `createIndex`')
  try {
    // All records in flight at once: Pagefind's service answers them in turn, one round trip each when awaited.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)))
    added.forEach((result, position) => assertNoErrors(`adding \`${records[position]!.url}\``, result.errors))
    const bundle = path.resolve(outDir, searchBundleDir)
    const written = await index.writeFiles({outputPath: bundle})
    assertNoErrors('writing the bundle', written.errors)
    const words = unspacedWords(records.map((record) => record.content))
    await writeFile(path.join(bundle, searchWordsFile), `${JSON.stringify({words})}\n`)
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  return {records: records.length}
}
