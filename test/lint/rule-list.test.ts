import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkRules, ruleTable, rules} from '../../src/lint/rules.js'

const repo = join(import.meta.dirname, '..', '..')

function sources(folder: string): string[] {
  return readdirSync(join(repo, folder), {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(repo, folder, name), 'utf8'))
}

/** Rule ids the parser and extractors pass to vfile messages, found in their source. */
function emittedRuleIds(): string[] {
  const patterns = [
    /ruleId:\s*'([a-z-]+)'/g,
    /rules:\s*\{\s*schema:\s*'([a-z-]+)'/g,
    /rules:\s*\{[^}]*unknownKey:\s*'([a-z-]+)'/g,
    // The rule id is the last argument of reportError / reportWarning, on the call's last line.
    /report(?:Error|Warning)\([^;]*?'([a-z-]+)'\s*\)/g,
    /readYaml\([^)]*'([a-z-]+)'\)/g
  ]
  const found = new Set<string>()
  for (const text of [...sources('src/parse'), ...sources('src/extract')]) {
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!)
  }
  return [...found].sort()
}

describe('the rule list', () => {
  it('gives every rule a unique `minutebook:<rule>` id, a severity and a one-line description', () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^minutebook:[a-z]+(?:-[a-z]+)*$/)
      expect(['error', 'warning']).toContain(rule.severity)
      expect(rule.description).toMatch(/^[^\n]+\.$/)
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length)
  })

  it('lists every rule id the parser reports', () => {
    const emitted = emittedRuleIds()
    expect(emitted).toContain('front-matter-schema')
    expect(emitted).toContain('private-block-unclosed')
    expect(emitted).toContain('contact-redacted')
    const listed = rules.map((rule) => rule.id)
    expect(emitted.filter((id) => !listed.includes(`minutebook:${id}`))).toEqual([])
  })

  it('has one module per check rule, named after it', () => {
    const modules = readdirSync(join(repo, 'src', 'lint', 'rules'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `minutebook:${name.replace(/\.ts$/, '')}`)
      .sort()
    expect(checkRules.map((rule) => rule.id).sort()).toEqual(modules)
  })

  it('renders the README rule table, one row per rule', () => {
    const table = ruleTable().trimEnd().split('\n')
    expect(table.slice(0, 2)).toEqual(['| rule | severity | what it checks |', '| --- | --- | --- |'])
    expect(table).toContain(
      '| `minutebook:heading-increment` | warning | Headings go down one level at a time (`##` then `###`, not `##` then `####`), so sub-items nest as written. |'
    )
    expect(table.length).toBe(rules.length + 2)
  })

  const readme = join(repo, 'README.md')
  const hasTable = existsSync(readme) && readFileSync(readme, 'utf8').includes('| rule | severity | what it checks |')
  it.skipIf(!hasTable)('matches the rule table in README.md (skipped until README.md carries the table)', () => {
    expect(readFileSync(readme, 'utf8')).toContain(ruleTable())
  })
})
