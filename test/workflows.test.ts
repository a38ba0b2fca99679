import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {program} from '../src/cli/main.js'

const repo = join(import.meta.dirname, '..')
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
  scripts: Record<string, string>
}

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  environment?: {name: string} | string
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: {group: string; 'cancel-in-progress': boolean}
  jobs: Record<string, Job>
}

function workflow(name: string): Workflow {
  return parse(readFileSync(join(repo, '.github', 'workflows', name), 'utf8')) as Workflow
}

/** Every shell command line the workflow runs. */
function commands(flow: Workflow): string[] {
  return Object.values(flow.jobs).flatMap((job) =>
    job.steps.flatMap((step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean))
  )
}

describe.each(['check.yml', 'publish.yml'])('.github/workflows/%s', (name) => {
  const flow = workflow(name)

  it('runs only minutebook commands and options the CLI has', () => {
    const cli = program()
    const used = commands(flow).filter((line) => line.startsWith('npx minutebook '))
    expect(used.length).toBeGreaterThan(0)
    for (const line of used) {
      const [, , name, ...args] = line.split(/\s+/)
      const command = cli.commands.find((candidate) => candidate.name() === name)
      expect(command, `\`${line}\` runs a command the CLI has`).toBeDefined()
      for (const flag of args.filter((arg) => arg.startsWith('--'))) {
        expect(command!.options.map((option) => option.long), `\`${line}\` uses options \`${name}\` has`).toContain(flag)
      }
    }
  })

  it('runs only npm scripts package.json has, and `npx minutebook` resolves to this package', () => {
    for (const line of commands(flow)) {
      const script = /^npm run ([\w:-]+)/.exec(line)?.[1]
      if (script !== undefined) expect(Object.keys(packageJson.scripts)).toContain(script)
      expect(line).toMatch(/^(?:npm ci|npm run [\w:-]+|npx minutebook .+)$/)
    }
    expect(packageJson.bin['minutebook']).toBe('bin/minutebook.js')
    // `npm ci` installs from the lock file and compiles dist/ through the `prepare` script.
    expect(existsSync(join(repo, 'package-lock.json'))).toBe(true)
    expect(packageJson.scripts['prepare']).toBe('tsc -p tsconfig.json')
  })
})

describe('check.yml', () => {
  it('on pull request: npm ci, check with GitHub annotations, build', () => {
    const flow = workflow('check.yml')
    expect(Object.keys(flow.on)).toEqual(['pull_request'])
    expect(flow.permissions).toEqual({contents: 'read'})
    expect(commands(flow)).toEqual(['npm ci', 'npx minutebook check --format github', 'npx minutebook build'])
  })
})

describe('publish.yml', () => {
  const flow = workflow('publish.yml')

  it('builds on push to main in a job without write permissions, with the official upload action', () => {
    expect(flow.on['push']).toEqual({branches: ['main']})
    expect(flow.permissions).toEqual({})
    const build = flow.jobs['build']!
    expect(build.permissions).toEqual({contents: 'read'})
    expect(commands({...flow, jobs: {build}})).toEqual(['npm ci', 'npx minutebook build'])
    expect(build.steps.at(-1)).toEqual({uses: 'actions/upload-pages-artifact@v4', with: {path: '_site'}})
  })

  it('deploys in a separate job after the build, with only the Pages permissions', () => {
    const deploy = flow.jobs['deploy']!
    expect(deploy.needs).toBe('build')
    expect(deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'})
    expect(deploy.environment).toMatchObject({name: 'github-pages'})
    expect(deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4'])
    expect(deploy.steps.some((step) => step.run !== undefined)).toBe(false)
  })

  it('never cancels a deployment midway', () => {
    expect(flow.concurrency).toEqual({group: 'pages', 'cancel-in-progress': false})
  })
})
