/**
 * `remarkMinutes` in remark-cli (and so in vscode-remark, which reads the same `.remarkrc.mjs`), set up as docs/writing-minutes.md
 * says: the parser's messages on the minutes, in the editor or on the command line, without minutebook's own CLI.
 */
import {spawnSync} from 'node:child_process'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const repo = join(import.meta.dirname, '..', '..')
// Inside the repository, where `minutebook` resolves to this package as it does in an archive that installed it.
const root = join(repo, 'test-output', `remark-archive-${process.pid}`)

/** The `.remarkrc.mjs` of docs/writing-minutes.md, word for word. */
const remarkrc = `import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {loadConfig, remarkMinutes} from 'minutebook'

// The archive's own settings (registry, privacy, custom keys), as \`minutebook check\` reads them.
const config = await loadConfig(process.cwd())

export default {plugins: [remarkFrontmatter, remarkGfm, [remarkMinutes, {config}]]}
`

beforeAll(async () => {
  await mkdir(join(root, 'meetings', '2007'), {recursive: true})
  await writeFile(join(root, '.remarkrc.mjs'), remarkrc)
  await writeFile(
    join(root, 'meetings', '2007', '2007-03-28-stakeholder-meeting.md'),
    '---\ntitle: Stakeholder Meeting\ndate: 2007-02-30\nstatus: approved\n---\n\n## Welcome\n\nWrite to helen@example.org.\n'
  )
})

afterAll(() => rm(root, {recursive: true, force: true}))

describe('remarkMinutes under remark-cli', () => {
  it('reports the parser\'s messages with their rules and fails on an error with --frail', () => {
    const remark = join(repo, 'node_modules', '.bin', 'remark')
    const result = spawnSync(remark, ['meetings', '--quiet', '--frail', '--no-color'], {cwd: root, encoding: 'utf8'})
    expect(result.status).toBe(1)
    const lines = result.stderr.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
    expect(lines).toContain('3:1-3:5 error `date`: Unexpected `2007-02-30`, expected a real calendar date as YYYY-MM-DD front-matter-schema minutebook')
    expect(lines).toContain('9:10-9:27 warning Unexpected e-mail address in the minutes, expected none; it is withheld from the archive contact-redacted minutebook')
    // remark-cli prints nothing else: the minutes are checked, not rewritten.
    expect(result.stdout).toBe('')
  })
})
