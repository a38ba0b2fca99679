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
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  strategy?: {matrix: Record<string, unknown[]>}
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

describe.each(['check.yml', 'publish.yml'])('%s, as `minutebook init` writes it into a new archive', (name) => {
  it('is the same file in starter/workflows, which the package ships', () => {
    expect(readFileSync(join(repo, 'starter', 'workflows', name), 'utf8')).toBe(readFileSync(join(repo, '.github', 'workflows', name), 'utf8'))
  })

  it('runs on supported Node versions with the current major version of each action', () => {
    const flow = workflow(name)
    const steps = Object.values(flow.jobs).flatMap((job) => job.steps)
    const versions = steps.flatMap((step) => (step.uses === 'actions/setup-node@v7' ? [step.with?.['node-version']] : []))
    expect(versions.length).toBeGreaterThan(0)
    for (const version of versions) expect(['${{ matrix.node }}', 24]).toContain(version)
    const current: Record<string, string> = {
      'actions/checkout': 'v7',
      'actions/setup-node': 'v7',
      'actions/cache': 'v6',
      'actions/cache/restore': 'v6',
      'actions/configure-pages': 'v6',
      'actions/upload-pages-artifact': 'v5',
      'actions/deploy-pages': 'v5'
    }
    for (const step of steps.filter((each) => each.uses !== undefined)) {
      const [action, version] = step.uses!.split('@')
      expect(current[action!], step.uses).toBe(version)
    }
  })
})

describe('check.yml', () => {
  const flow = workflow('check.yml')

  it('on pull request: npm ci, check with GitHub annotations, build, on Node 22 and 24', () => {
    expect(Object.keys(flow.on)).toEqual(['pull_request'])
    expect(flow.permissions).toEqual({contents: 'read'})
    expect(commands(flow)).toEqual(['npm ci', 'npx minutebook check --format github', 'npx minutebook build'])
    expect(flow.jobs['check']!.strategy?.matrix['node']).toEqual([22, 24])
  })

  it('restores the last published build\'s .cache, read-only, and cancels the run a newer push supersedes', () => {
    const restore = flow.jobs['check']!.steps.find((step) => step.uses?.startsWith('actions/cache'))
    expect(restore).toEqual({
      uses: 'actions/cache/restore@v6',
      with: {path: '.cache', key: 'minutebook-${{ github.sha }}', 'restore-keys': 'minutebook-'}
    })
    expect(flow.concurrency?.['cancel-in-progress']).toBe(true)
    expect(flow.concurrency?.group).toContain('github.event.pull_request.number')
  })
})

describe('publish.yml', () => {
  const flow = workflow('publish.yml')

  it('builds on push to main in a job without write permissions, with the official upload action', () => {
    expect(flow.on['push']).toEqual({branches: ['main']})
    expect(flow.permissions).toEqual({})
    const build = flow.jobs['build']!
    expect(build.permissions).toEqual({contents: 'read', pages: 'read'})
    expect(build.steps.at(-1)).toEqual({uses: 'actions/upload-pages-artifact@v5', with: {path: '_site'}})
  })

  it('builds for the address configure-pages gives: its origin as the base URL, its base path as the path prefix', () => {
    const build = flow.jobs['build']!
    const pages = build.steps.findIndex((step) => step.uses === 'actions/configure-pages@v6')
    expect(build.steps[pages]?.id).toBe('pages')
    const buildStep = build.steps.findIndex((step) => step.run?.startsWith('npx minutebook build') === true)
    expect(buildStep).toBeGreaterThan(pages)
    expect(commands({...flow, jobs: {build}})).toEqual([
      'npm ci',
      'npx minutebook build --base-url "${{ steps.pages.outputs.origin }}" --path-prefix "${{ steps.pages.outputs.base_path }}/"'
    ])
  })

  it('deploys in a separate job after the build, with only the Pages permissions', () => {
    const deploy = flow.jobs['deploy']!
    expect(deploy.needs).toBe('build')
    expect(deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'})
    expect(deploy.environment).toMatchObject({name: 'github-pages'})
    expect(deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v5'])
    expect(deploy.steps.some((step) => step.run !== undefined)).toBe(false)
  })

  it('never cancels a deployment midway', () => {
    expect(flow.concurrency).toEqual({group: 'pages', 'cancel-in-progress': false})
  })
})
