import {existsSync, readFileSync} from 'node:fs'
import {isBuiltin} from 'node:module'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {installedVersions, stageKey, type CacheStage} from '../../src/build/cache.js'
import {cacheStages, pageStage, parseStage, searchStage} from '../../src/build/cache-stages.js'
import {packageVersion} from '../../src/build/package-version.js'

const repo = resolve(import.meta.dirname, '../..')

/**
 * The modules a TypeScript source loads when it runs: static imports and re-exports, `import()` and worker URLs
 * (`new URL('./x.js', import.meta.url)`). Type-only imports and re-exports run nothing and are left out.
 */
export function runtimeSpecifiers(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/\b(?:import|export)(\s+type\b)?[^'";]*?\bfrom\s+'([^']+)'|\bimport\s*(?:\(\s*)?'([^']+)'|new URL\(\s*'(\.{1,2}\/[^']+)'/g)) {
    if (match[1] === undefined) found.push((match[2] ?? match[3] ?? match[4])!)
  }
  return found
}

/** A bare specifier's package: `unified`, `@11ty/eleventy` (from `@11ty/eleventy/x`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** What runs from `entries` (paths from the repository root): every module reached, and every package imported. */
function reach(entries: readonly string[]): {modules: Set<string>; libraries: Set<string>} {
  const modules = new Set<string>()
  const libraries = new Set<string>()
  const pending = [...entries]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (modules.has(file)) continue
    modules.add(file)
    for (const specifier of runtimeSpecifiers(readFileSync(join(repo, file), 'utf8'))) {
      if (!specifier.startsWith('.')) {
        if (!isBuiltin(specifier)) libraries.add(packageOf(specifier))
        continue
      }
      const target = relative(repo, resolve(repo, dirname(file), specifier)).split('\\').join('/').replace(/\.js$/, '.ts')
      if (!existsSync(join(repo, target))) throw new Error(`Unexpected import \`${specifier}\` in \`${file}\`, expected a module of src/`)
      pending.push(target)
    }
  }
  return {modules, libraries}
}

/** Whether `file` is one of the folders or files `covers` names. */
function covered(file: string, covers: readonly string[]): boolean {
  return covers.some((path) => file === path || file.startsWith(`${path}/`))
}

/** What `stage` runs but does not declare: modules outside its coverage, packages not among its libraries. */
function undeclared(stage: CacheStage): string[] {
  const {modules, libraries} = reach(stage.code.entries)
  return [
    ...[...modules].filter((file) => !covered(file, stage.code.covers)).sort(),
    ...[...libraries].filter((name) => !stage.libraries.includes(name)).sort().map((name) => `package ${name}`)
  ]
}

describe('cached stages declare the code they run', () => {
  it.each(cacheStages.map((stage) => [stage.name, stage] as const))('%s: every module and package reached from its entries is declared', (_, stage) => {
    expect(undeclared(stage)).toEqual([])
  })

  it.each(cacheStages.map((stage) => [stage.name, stage] as const))('%s: names entries, coverage and libraries that exist', (_, stage) => {
    expect(stage.code.entries.length).toBeGreaterThan(0)
    expect([...stage.code.entries, ...stage.code.covers].filter((path) => !existsSync(join(repo, path)))).toEqual([])
    for (const name of stage.libraries) expect(packageVersion(name)).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('reports a module or a package reached outside what a stage declares', () => {
    const narrowed: CacheStage = {
      ...parseStage,
      libraries: parseStage.libraries.filter((name) => name !== 'gray-matter'),
      code: {...parseStage.code, covers: parseStage.code.covers.filter((path) => path !== 'src/archive/types.ts')}
    }
    expect(undeclared(narrowed)).toEqual(['src/archive/types.ts', 'package gray-matter'])
  })

  it('reads the specifiers that load code, not those of types', () => {
    const text = [
      "import {a} from './a.js'",
      "import type {B} from './b.js'",
      "import {\n  c,\n  type C\n} from 'c-package'",
      "export * from './d.js'",
      "export type {E} from './e.js'",
      "import './f.js'",
      "await import('./g.js')",
      "new URL('./h.js', import.meta.url)"
    ].join('\n')
    expect(runtimeSpecifiers(text)).toEqual(['./a.js', 'c-package', './d.js', './f.js', './g.js', './h.js'])
  })
})

describe('stage keys', () => {
  const inputs = ['meetings/a.md', new TextEncoder().encode('---\ntitle: A\n---\n')]

  it('are the same for the same stage, versions and data', () => {
    expect(stageKey(parseStage, inputs)).toBe(stageKey(parseStage, inputs))
    expect(stageKey(parseStage, inputs)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('change with the stage, its format version, minutebook’s version and a library’s version', () => {
    const base = stageKey(parseStage, inputs)
    const keys = [
      stageKey(pageStage, inputs),
      stageKey(searchStage, inputs),
      stageKey({...parseStage, format: parseStage.format + 1}, inputs),
      stageKey(parseStage, inputs, {...installedVersions, minutebook: () => '99.0.0'}),
      stageKey(parseStage, inputs, {...installedVersions, library: (name) => (name === 'remark-parse' ? '99.0.0' : installedVersions.library(name))})
    ]
    expect(keys.filter((key) => key === base)).toEqual([])
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('change with the data, and with where one input ends and the next begins', () => {
    const base = stageKey(searchStage, ['ab', 'c'])
    expect(stageKey(searchStage, ['ab', 'd'])).not.toBe(base)
    expect(stageKey(searchStage, ['a', 'bc'])).not.toBe(base)
  })

  it('take in minutebook’s version and the versions of the stage’s own libraries, no other', () => {
    const read: string[] = []
    const versions = {minutebook: () => (read.push('minutebook'), '1.0.0'), library: (name: string) => (read.push(name), '1.0.0')}
    stageKey(searchStage, ['x'], versions)
    expect(read.sort()).toEqual(['minutebook', 'pagefind'])
  })

  it('use minutebook’s version from its package.json', () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {version: string}
    expect(installedVersions.minutebook()).toBe(manifest.version)
  })
})
