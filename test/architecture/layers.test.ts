import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {layerOf, mayImport} from './layers.js'

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')

/** Every relative module specifier in a TypeScript source: static imports, re-exports and `import()`. */
function specifiers(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)'(\.{1,2}\/[^']+)'/g)) found.push(match[1]!)
  return found
}

const sources = readdirSync(src, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split('\\').join('/'))
  .sort()

describe('import direction', () => {
  it('places every source file in a layer', () => {
    expect(sources.filter((file) => layerOf(file) === undefined)).toEqual([])
  })

  it('has no import that runs against the direction', () => {
    const against: string[] = []
    for (const file of sources) {
      const from = layerOf(file)!
      for (const specifier of specifiers(readFileSync(join(src, file), 'utf8'))) {
        const target = relative(src, resolve(src, dirname(file), specifier)).split('\\').join('/')
        const to = layerOf(target.replace(/\.js$/, '.ts'))
        if (to !== undefined && !mayImport(from, to)) against.push(`${file} (${from}) imports ${target} (${to})`)
      }
    }
    expect(against).toEqual([])
  })

  it('tells an import against the direction from one along it', () => {
    expect(mayImport('cli', 'text')).toBe(true)
    expect(mayImport('text', 'cli')).toBe(false)
    expect(mayImport('archive', 'build')).toBe(false)
    expect(mayImport('site', 'lint')).toBe(false)
    expect(specifiers("import {a} from '../build/x.js'\nexport * from './y.js'\nawait import('../z.js')")).toEqual(['../build/x.js', './y.js', '../z.js'])
  })
})
