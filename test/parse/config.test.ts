import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {defaultConfig} from '../../src/model/config.js'
import {normalisePathPrefix} from '../../src/model/config-schema.js'
import {loadConfig, parseConfig} from '../../src/parse/config.js'
import {ConfigError} from '../../src/model/errors.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

function problems(text: string | Uint8Array): string[] {
  return parseConfig(text, 'minutebook.yml').messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} [${message.ruleId}]`
  )
}

describe('parseConfig', () => {
  it('fills defaults for an empty file or one with only comments', () => {
    expect(parseConfig('', 'minutebook.yml')).toMatchObject({config: defaultConfig, messages: []})
    expect(parseConfig('# nothing set yet\n', 'minutebook.yml').config).toEqual(defaultConfig)
  })

  it('validates and normalises every setting', () => {
    const {config, messages} = parseConfig(
      [
        'title: Stakeholder Minutes',
        'description: Monthly meetings.',
        'baseUrl: https://minutes.example.org/',
        'pathPrefix: archive/minutes',
        'lang: km',
        'people:',
        '  - name: Kristy Fleming',
        '    aliases: [Ms Fleming, K. Fleming]',
        '    organization: UNIAP-Cambodia',
        '    role: Project Advisor',
        '  - name: Yim Po',
        'organizations:',
        '  - name: UNIAP-Cambodia',
        '    short: UNIAP-Cambodia',
        '    parent: UNIAP',
        'recommendationCues: [priorities for 2008]',
        'privacy:',
        '  redactContacts: false',
        'rules:',
        '  speaker-not-attendee: off',
        '  raw-html: warning',
        'customFrontMatter: [minute-taker, venue_code]'
      ].join('\n'),
      'minutebook.yml'
    )
    expect(messages).toEqual([])
    expect(config).toEqual({
      title: 'Stakeholder Minutes',
      description: 'Monthly meetings.',
      baseUrl: 'https://minutes.example.org',
      pathPrefix: '/archive/minutes/',
      lang: 'km',
      people: [
        {name: 'Kristy Fleming', aliases: ['Ms Fleming', 'K. Fleming'], organization: 'UNIAP-Cambodia', role: 'Project Advisor'},
        {name: 'Yim Po', aliases: []}
      ],
      organizations: [{name: 'UNIAP-Cambodia', short: 'UNIAP-Cambodia', aliases: [], parent: 'UNIAP'}],
      recommendationCues: ['priorities for 2008'],
      privacy: {redactContacts: false},
      rules: {'speaker-not-attendee': 'off', 'raw-html': 'warning'},
      customFrontMatter: ['minute-taker', 'venue_code']
    })
  })

  it('refuses to make a rule an error: build runs only the rules that are errors, and would pass what check fails', () => {
    const {config, messages} = parseConfig('rules:\n  speaker-not-attendee: error\n', 'minutebook.yml')
    expect(config).toBeUndefined()
    expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '2:3 `rules.speaker-not-attendee`: Unexpected `error`, expected `off` or `warning`'
    ])
  })

  it('refuses a custom front matter key minutebook already reads, or one that is no key', () => {
    const {config, messages} = parseConfig('customFrontMatter: [title, "two words"]\n', 'minutebook.yml')
    expect(config).toBeUndefined()
    expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '1:21 `customFrontMatter[0]`: Unexpected `title`, expected a key minutebook does not already read',
      '1:28 `customFrontMatter[1]`: Unexpected `two words`, expected a key of letters, digits, `-` and `_`, such as `minute-taker`'
    ])
  })

  it('defaults `privacy.redactContacts` to true', () => {
    expect(parseConfig('privacy: {}\n', 'minutebook.yml').config?.privacy).toEqual({redactContacts: true})
  })

  it.each([
    ['', '/'],
    ['/', '/'],
    ['minutes', '/minutes/'],
    ['/minutes', '/minutes/'],
    ['minutes/', '/minutes/'],
    ['//a/b//', '/a/b/']
  ])('normalises pathPrefix `%s` to `%s`', (input, output) => {
    expect(normalisePathPrefix(input)).toBe(output)
  })

  it('reports every problem at once on the line of its key', () => {
    expect(
      problems(
        [
          'titel: Minutes',
          'baseUrl: ftp://minutes.example.org',
          'pathPrefix: /a b/',
          'lang: English',
          'people:',
          '  - name: Kristy Fleming',
          '    organisation: UNIAP-Cambodia',
          '  - aliases: [Yim Po]',
          'organizations: UNIAP',
          'privacy:',
          '  redactContacts: "no"',
          '  redactEmails: true'
        ].join('\n')
      )
    ).toEqual([
      '1:1 error Unexpected key `titel`, expected a known key such as `title` [config-unknown-key]',
      '2:1 error `baseUrl`: Unexpected `ftp://minutes.example.org`, expected an absolute `http` or `https` URL such as `https://minutes.example.org` [config-schema]',
      '3:1 error `pathPrefix`: Unexpected `/a b/`, expected a URL path such as `/` or `/minutes/` [config-schema]',
      '4:1 error `lang`: Unexpected `English`, expected a language tag such as `en` or `km` [config-schema]',
      '7:5 error `people[0]`: Unexpected key `organisation`, expected a known key such as `organization` [config-unknown-key]',
      '8:5 error `people[1].name`: Unexpected missing key, expected a name [config-schema]',
      '9:1 error `organizations`: Unexpected `UNIAP`, expected a list of organisations [config-schema]',
      '11:3 error `privacy.redactContacts`: Unexpected `no`, expected `true` or `false` [config-schema]',
      '12:3 error `privacy`: Unexpected key `redactEmails`, expected the known key `redactContacts` [config-unknown-key]'
    ])
  })

  it('reports a duplicate key and a YAML syntax error', () => {
    expect(problems('title: A\nlang: en\ntitle: B\n')).toEqual([
      '3:1 error Unexpected duplicate key `title`, expected each key once [config-yaml]'
    ])
    expect(problems('title: A\n  lang: en\n')).toEqual([
      '1:8 error Unexpected invalid YAML (nested mappings are not allowed in compact mappings), expected valid YAML [config-yaml]'
    ])
  })

  it('reports settings that are not a mapping', () => {
    expect(problems('- title\n')).toEqual([
      '1:1 error Unexpected list, expected settings keys such as `title` and `baseUrl` [config-schema]'
    ])
  })

  it('reports bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title: Caf'), 0xe9, 0x0a])
    expect(problems(bytes)).toEqual([
      '1:11 error Unexpected byte `0xE9` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]'
    ])
  })
})

describe('loadConfig', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutebook-config-'))
  })
  afterEach(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  it('gives the defaults when there is no minutebook.yml', async () => {
    expect(await loadConfig(dir)).toEqual(defaultConfig)
  })

  it('reads a valid minutebook.yml', async () => {
    await writeFile(join(dir, 'minutebook.yml'), 'title: Parish Council\npathPrefix: council\n')
    expect(await loadConfig(dir)).toEqual({...defaultConfig, title: 'Parish Council', pathPrefix: '/council/'})
  })

  it('throws a ConfigError carrying the positioned messages', async () => {
    const path = join(dir, 'minutebook.yml')
    await writeFile(path, 'title: Parish Council\nbaseURL: https://example.org\n')
    const error = await loadConfig(dir).then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    expect(configError.messages.map((message) => [message.file, message.line, message.column, message.fatal, message.ruleId])).toEqual([
      [path, 2, 1, true, 'config-unknown-key']
    ])
    expect(configError.message).toBe(
      `Unexpected problems in \`${path}\`, expected valid settings:\n` +
        `${path}:2:1: Unexpected key \`baseURL\`, expected a known key such as \`baseUrl\` [minutebook:config-unknown-key]`
    )
  })

  it('reads the example archive settings without a problem', async () => {
    const config = await loadConfig(root)
    expect(config.title).toBe('Cambodia Counter-Trafficking Stakeholder Minutes')
    expect(config.pathPrefix).toBe('/')
    expect(config.people.find((person) => person.name === 'Kristy Fleming')?.aliases).toContain('K. Fleming')
    expect(config.organizations.find((organization) => organization.name === 'UNIAP-Cambodia')?.parent).toBe('UNIAP')
  })
})
