import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/extract/parse-meeting.js'

const body = '\n## Item\n\nThe agenda was adopted.\n'
const withYaml = (yaml: string) => `---\n${yaml}\n---\n${body}`
const good = 'title: T\ndate: 2007-02-28\nstatus: approved'
const bytes = (text: string) => new TextEncoder().encode(text)

function parse(input: string | Uint8Array) {
  const {meeting, messages} = parseMeeting(input, {path: 'meetings/2007/2007-02-28-trap.md'})
  return {
    meeting,
    messages: messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} [${message.ruleId}]`)
  }
}

const language = (column: number, name: string) =>
  `1:${column} error Unexpected front matter language \`${name}\`, expected YAML opened by \`---\` alone on line 1 [front-matter-engine]`

const keys = '`title`, `date`, `series`, `status`, `chair`, `location`, `attendees`, `apologies`, `approves`, `closes`, `tags`, `lang`'

/** Inputs that must be refused: no meeting, exactly these messages. */
const refused: Array<[string, string | Uint8Array, string[]]> = [
  ['`---js` front matter', '---js\nmodule.exports = {title: require("fs").readdirSync("/")}\n---\n' + body, [language(4, 'js')]],
  ['`--- js` front matter', '--- js\n({title: "x"})\n---\n' + body, [language(5, 'js')]],
  ['`---javascript` front matter', '---javascript\n({title: process.exit(1)})\n---\n' + body, [language(4, 'javascript')]],
  ['`---coffee` front matter', '---coffee\ntitle: "x"\n---\n' + body, [language(4, 'coffee')]],
  ['unclosed front matter', '---\ntitle: T\ndate: 2007-02-28\n' + body, ['1:1 error Unexpected unclosed front matter, expected a closing `---` line after the YAML [front-matter]']],
  ['a blank line before front matter', '\n' + withYaml(good), ['1:1 error Unexpected blank line before front matter, expected `---` on line 1 [front-matter]']],
  ['duplicate keys', withYaml('title: T\ndate: 2007-02-28\ntitle: U\nstatus: approved'), ['4:1 error Unexpected duplicate key `title`, expected each key once [front-matter-yaml]']],
  [
    'a YAML alias bomb',
    withYaml(['title: T', 'date: 2007-02-28', 'status: approved', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...['b', 'c', 'd', 'e'].map((name, index) => `${name}: &${name} [${Array(9).fill('*' + 'abcd'[index]).join(',')}]`)].join('\n')),
    ['6:8 error Unexpected YAML aliases expanding to more than 100 nodes, expected fewer `*alias` references [front-matter-yaml]']
  ],
  ['`status: yes`', withYaml('title: T\ndate: 2007-02-28\nstatus: yes'), ['4:1 error `status`: Unexpected `yes`, expected `draft` or `approved` [front-matter-schema]']],
  ['`draft: "false"` (unknown key)', withYaml(good + '\ndraft: "false"'), [`5:1 error Unexpected key \`draft\`, expected one of ${keys} [front-matter-unknown-key]`]],
  ['`date: 2007-02-30`', withYaml('title: T\ndate: 2007-02-30\nstatus: approved'), ['3:1 error `date`: Unexpected `2007-02-30`, expected a real calendar date as YYYY-MM-DD [front-matter-schema]']],
  ['`date: 07/02/2007`', withYaml('title: T\ndate: 07/02/2007\nstatus: approved'), ['3:1 error `date`: Unexpected `07/02/2007`, expected a date as YYYY-MM-DD [front-matter-schema]']],
  ['a date with a time', withYaml('title: T\ndate: 2007-02-28T10:00:00Z\nstatus: approved'), ['3:1 error `date`: Unexpected `2007-02-28T10:00:00Z`, expected a date as YYYY-MM-DD [front-matter-schema]']],
  ['a `__proto__` key', withYaml(good.replace('status: approved', '__proto__: {status: approved}')), [`4:1 error Unexpected key \`__proto__\`, expected one of ${keys} [front-matter-unknown-key]`, '1:1 warning `status`: Unexpected missing key, expected `draft` or `approved`; the meeting is treated as a `draft` [front-matter-status]']],
  ['an empty file', '', ['1:1 error Unexpected missing front matter, expected `---` on line 1 followed by `title` and `date` [front-matter]']],
  ['Latin-1 bytes in front matter', Uint8Array.from([...bytes('---\ntitle: Caf'), 0xe9, ...bytes('\ndate: 2007-02-28\n---\n')]), ['2:11 error Unexpected byte `0xE9` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]']],
  ['a broken UTF-8 sequence in the body', Uint8Array.from([...bytes(withYaml(good) + 'line two\nna'), 0xef, 0xbf, ...bytes('ve\n')]), ['11:3 error Unexpected byte `0xEF` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]']],
  ['UTF-16 with its BOM', Uint8Array.from([0xff, 0xfe, ...[...'---\n'].flatMap((character) => [character.charCodeAt(0), 0])]), ['1:1 error Unexpected byte `0xFF` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]']],
  ['a NUL byte in the body', withYaml(good).replace('adopted', 'ado\u0000pted'), ['9:19 error Unexpected NUL character (`U+0000`), expected text; the file looks binary or damaged [encoding]']],
  ['a NUL byte in front matter', withYaml('title: "T\u0000X"\ndate: 2007-02-28\nstatus: approved'), ['2:10 error Unexpected NUL character (`U+0000`), expected text; the file looks binary or damaged [encoding]']]
]

describe('bad input is refused with exact, positioned errors', () => {
  it.each(refused)('%s', (_name, input, messages) => {
    const result = parse(input)
    expect(result.messages).toEqual(messages)
    expect(result.meeting).toBeUndefined()
  })
})

describe('awkward but valid input gives a correct meeting', () => {
  it('drops a BOM in text and in bytes', () => {
    for (const input of ['\uFEFF' + withYaml(good), Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(withYaml(good))])]) {
      const result = parse(input)
      expect(result.messages).toEqual([])
      expect(result.meeting?.title).toBe('T')
      expect(result.meeting?.items.map((item) => [item.title, item.line, item.html])).toEqual([['Item', 7, '<p>The agenda was adopted.</p>']])
    }
  })

  it('keeps line numbers right with CRLF and LF mixed', () => {
    const result = parse('---\r\ntitle: T\r\ndate: 2007-02-28\nstatus: approved\r\n---\n\r\n## One\r\n\nText one.\r\n## Two\n\r\nText two.\n')
    expect(result.messages).toEqual([])
    expect(result.meeting?.items.map((item) => [item.title, item.line, item.html])).toEqual([
      ['One', 7, '<p>Text one.</p>'],
      ['Two', 10, '<p>Text two.</p>']
    ])
  })

  it('reads old Mac line ends (lone CR), alone or mixed with LF and CRLF', () => {
    const alone = parse('---\rtitle: T\rdate: 2007-02-28\rstatus: approved\r---\r\r## One\r\rText.\r')
    expect(alone.messages).toEqual([])
    expect(alone.meeting?.items.map((item) => [item.title, item.line])).toEqual([['One', 7]])
    const mixed = parse('---\ntitle: T\r\ndate: 2007-02-28\rstatus: approved\n---\n\n## One\r\nText.\r## Two\n')
    expect(mixed.messages).toEqual([])
    expect(mixed.meeting?.items.map((item) => [item.title, item.line])).toEqual([['One', 7], ['Two', 9]])
  })

  it('keeps YAML tags such as `!!js/function` as plain strings, with a warning', () => {
    const result = parse(withYaml('title: !!js/function "function () { return 1 }"\ndate: 2007-02-28\nstatus: approved'))
    expect(result.messages).toEqual(['2:8 warning Unexpected YAML (unresolved tag: tag:yaml.org,2002:js/function), expected plain YAML [front-matter-yaml]'])
    expect(result.meeting?.title).toBe('function () { return 1 }')
  })

  it('reads front matter with no body as a meeting without items', () => {
    const result = parse(`---\n${good}\n---\n`)
    expect(result.messages).toEqual([])
    expect(result.meeting?.items).toEqual([])
  })
})
