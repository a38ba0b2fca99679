/**
 * The Eleventy plugin as an integrator uses it: added in the `eleventy.config.mjs` of a plain Eleventy site of their
 * own, built by Eleventy's own command, with the Archive from `buildArchive`. The host's directory data (a layout and
 * a tag for its posts) still applies: the plugin changes none of the host's settings.
 */
import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const repo = join(import.meta.dirname, '..', '..')
const dist = (path: string) => pathToFileURL(join(repo, 'dist', path)).href
let work: string

/** The host site: its own layout, directory data for its posts, and one page that lists the archive's meetings. */
const files: Record<string, string> = {
  'eleventy.config.mjs': `import {readFile} from 'node:fs/promises'
import {buildArchive, loadConfig, parseMeeting} from '${dist('index.js')}'
import minutebookPlugin from '${dist('site/plugin.js')}'

export default async function (eleventyConfig) {
  const root = ${JSON.stringify(repo)}
  const config = await loadConfig(root)
  const path = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const {meeting} = parseMeeting(await readFile(root + '/' + path), {path, config})
  eleventyConfig.addPlugin(minutebookPlugin, {archive: buildArchive([meeting], config), config})
}
export const config = {dir: {input: 'src', output: '_site'}}
`,
  'src/_includes/post.njk': '<article class="post">{{ content | safe }}</article>\n',
  'src/posts/posts.11tydata.json': '{"layout": "post.njk", "tags": ["post"]}\n',
  'src/posts/hello.md': '# Hello\n\nA post of the host site.\n',
  'src/minutes.njk':
    '---\npermalink: /minutes/\n---\n<p>{{ archive.meetings.length }} meeting, {{ collections.post.length }} post</p>\n' +
    '{% for entry in archive.meetings %}<h2>{{ entry.meeting.date | longDate }}: {{ entry.meeting.title }}</h2>{% endfor %}\n'
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'minutebook-host-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(work, path)), {recursive: true})
    await writeFile(join(work, path), text)
  }
})

afterAll(() => rm(work, {recursive: true, force: true}))

describe('the Eleventy plugin in a plain Eleventy site', () => {
  it("gives the host's templates the archive, while the host's directory data still gives its posts their layout", async () => {
    const eleventy = join(repo, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
    const result = spawnSync(process.execPath, [eleventy, '--config=eleventy.config.mjs', '--quiet'], {cwd: work, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(await readFile(join(work, '_site', 'posts', 'hello', 'index.html'), 'utf8')).toBe(
      '<article class="post"><h1>Hello</h1>\n<p>A post of the host site.</p>\n</article>\n'
    )
    expect(await readFile(join(work, '_site', 'minutes', 'index.html'), 'utf8')).toBe(
      '<p>1 meeting, 1 post</p>\n<h2>28 February 2007: Stakeholder Meeting on Human Trafficking</h2>\n'
    )
  }, 60_000)
})
