/**
 * minutebook's layers, top first (docs/ARCHITECTURE.md draws them). A module may import modules of its own folder
 * and of any row below its own; folders that share a row do not import each other.
 */
export const layers: readonly (readonly string[])[] = [
  ['index'], // src/index.ts: the package's API
  ['cli'], // one file per command
  ['build'], // the pipeline: read, parse, archive, render, index, swap; workers, caches, staging, the lock
  ['site', 'render', 'lint', 'import'], // the Eleventy plugin; per-meeting outputs; the checker; document import
  ['archive'], // meetings gathered: people, organisations, registers, the action ledger
  ['extract'], // one Meeting from one file: the unified plugin and one extractor per concept
  ['parse'], // Markdown and front matter to trees: limits, guards, redaction, private blocks, settings
  ['model'], // the Meeting contract, the settings and their schemas
  ['text'] // words: names, slugs, languages and their cue words, site paths
]

/** The layer of a source file (a path relative to `src/`): its first folder, or `index` for `index.ts`. */
export function layerOf(file: string): string | undefined {
  const first = file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, '')
  return layers.some((row) => row.includes(first)) ? first : undefined
}

function rowOf(layer: string): number {
  return layers.findIndex((row) => row.includes(layer))
}

/** Whether a module of layer `from` may import one of layer `to`. */
export function mayImport(from: string, to: string): boolean {
  return from === to || rowOf(to) > rowOf(from)
}
