import matter from 'gray-matter'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {FrontMatter} from '../../src/model/front-matter.js'
import {readFrontMatter} from '../../src/parse/front-matter.js'
import {parseMeeting} from '../../src/extract/parse-meeting.js'
import {grayMatterYaml} from '../../src/parse/safe-matter.js'
import {readYaml} from '../../src/parse/yaml-source.js'
import {FrontMatterEngineError} from '../../src/model/errors.js'

/** Reads front matter from text or bytes; messages as `line:column level reason [rule]`. */
function read(value: string | Uint8Array): {frontMatter: FrontMatter | undefined; messages: string[]} {
  const file = new VFile({path: 'meetings/2007/2007-02-28-test.md', value})
  const frontMatter = readFrontMatter(file)
  const messages = file.messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} [${message.ruleId}]`
  )
  for (const message of file.messages) expect(message.source).toBe('minutebook')
  return {frontMatter, messages}
}

const encode = (text: string) => new TextEncoder().encode(text)

describe('readFrontMatter: valid front matter', () => {
  it('normalises every key: people strings split, objects kept, empty keys absent', () => {
    const {frontMatter, messages} = read(
      [
        '---',
        'title: Stakeholder Meeting on Human Trafficking',
        'date: 2007-02-28',
        'series: Stakeholder Meeting',
        'status: approved',
        'chair: Bettina Maas',
        'location:',
        'attendees:',
        '  - Kristy Fleming (UNIAP-Cambodia)',
        '  - Touch Samon (Ministry of Social Affairs, Veterans and Youth Rehabilitation)',
        '  - name: Yim Po',
        '    organization: CCPCR',
        '    role: Executive Director',
        '    aliases: [Mr. Yim Po, YP]',
        'apologies: [Helen Sworn (Chab Dai)]',
        'approves: 2007-01-31-stakeholder-meeting',
        'closes: [Circulate the draft law]',
        'tags: [human trafficking, Cambodia]',
        'lang: en',
        '---',
        '',
        '## Welcome'
      ].join('\n')
    )
    expect(messages).toEqual([])
    expect(frontMatter).toEqual({
      title: 'Stakeholder Meeting on Human Trafficking',
      date: '2007-02-28',
      series: 'Stakeholder Meeting',
      status: 'approved',
      chair: {name: 'Bettina Maas'},
      attendees: [
        {name: 'Kristy Fleming', organization: 'UNIAP-Cambodia'},
        {name: 'Touch Samon', organization: 'Ministry of Social Affairs, Veterans and Youth Rehabilitation'},
        {name: 'Yim Po', organization: 'CCPCR', role: 'Executive Director', aliases: ['Mr. Yim Po', 'YP']}
      ],
      apologies: [{name: 'Helen Sworn', organization: 'Chab Dai'}],
      approves: '2007-01-31-stakeholder-meeting',
      closes: ['Circulate the draft law'],
      tags: ['human trafficking', 'Cambodia'],
      lang: 'en'
    })
  })

  it('keeps dates, times and `yes` as strings (YAML 1.2 core schema)', () => {
    const {frontMatter, messages} = read('---\ntitle: 10:30\ndate: 2007-02-28\nseries: yes\nlocation: 2007-02-28\nstatus: draft\n---\n')
    expect(messages).toEqual([])
    expect(frontMatter?.title).toBe('10:30')
    expect(frontMatter?.date).toBe('2007-02-28')
    expect(frontMatter?.series).toBe('yes')
    expect(frontMatter?.location).toBe('2007-02-28')
  })

  it('builds no Date object even for an explicit `!!timestamp` tag, and warns about the tag', () => {
    const file = new VFile()
    const yaml = readYaml('\ndate: !!timestamp 2007-02-28\ntime: 10:30\nflag: yes\n', file, 'front-matter-yaml')
    expect(yaml?.data).toEqual({date: '2007-02-28', time: '10:30', flag: 'yes'})
    expect(file.messages.map((message) => [message.line, message.column, message.fatal, message.reason])).toEqual([
      [2, 7, false, 'Unexpected YAML (unresolved tag: tag:yaml.org,2002:timestamp), expected plain YAML']
    ])
  })

  it('treats a missing `status` as draft, with a warning on the opening line', () => {
    const {frontMatter, messages} = read('---\ntitle: T\ndate: 2007-02-28\n---\n')
    expect(frontMatter?.status).toBe('draft')
    expect(messages).toEqual([
      '1:1 warning `status`: Unexpected missing key, expected `draft` or `approved`; the meeting is treated as a `draft` [front-matter-status]'
    ])
  })

  it('drops a UTF-8 BOM silently, from bytes and from text', () => {
    const text = '---\ntitle: T\ndate: 2007-02-28\nstatus: draft\n---\n'
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]))).toEqual(read(text))
    expect(read('\uFEFF' + text).messages).toEqual([])
    expect(read('\uFEFF' + text).frontMatter?.title).toBe('T')
  })

  it('places problems on the right line with CRLF line ends', () => {
    expect(read('---\r\ntitle: T\r\ndate: 2007-02-30\r\nstatus: draft\r\n---\r\n').messages).toEqual([
      '3:1 error `date`: Unexpected `2007-02-30`, expected a real calendar date as YYYY-MM-DD [front-matter-schema]'
    ])
  })
})

describe('readFrontMatter: schema problems, each on the line of its key', () => {
  it('reports a missing date on the opening `---`', () => {
    const {frontMatter, messages} = read('---\ntitle: T\nstatus: draft\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual(['1:1 error `date`: Unexpected missing key, expected a date as YYYY-MM-DD [front-matter-schema]'])
  })

  it('reports `date: 2007-02-30` as not a real calendar date', () => {
    const {frontMatter, messages} = read('---\ntitle: T\ndate: 2007-02-30\nstatus: draft\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '3:1 error `date`: Unexpected `2007-02-30`, expected a real calendar date as YYYY-MM-DD [front-matter-schema]'
    ])
  })

  it('accepts 29 February in a leap year only', () => {
    expect(read('---\ntitle: T\ndate: 2008-02-29\nstatus: draft\n---\n').messages).toEqual([])
    expect(read('---\ntitle: T\ndate: 1900-02-29\nstatus: draft\n---\n').messages).toEqual([
      '3:1 error `date`: Unexpected `1900-02-29`, expected a real calendar date as YYYY-MM-DD [front-matter-schema]'
    ])
  })

  it('reports a date not written as YYYY-MM-DD', () => {
    expect(read('---\ntitle: T\ndate: 28 February 2007\nstatus: draft\n---\n').messages).toEqual([
      '3:1 error `date`: Unexpected `28 February 2007`, expected a date as YYYY-MM-DD [front-matter-schema]'
    ])
  })

  it('reports an unknown key with the nearest known one', () => {
    const {frontMatter, messages} = read('---\ntitel: T\ndate: 2007-02-28\nstatus: draft\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '1:1 error `title`: Unexpected missing key, expected the meeting title as text [front-matter-schema]',
      '2:1 error Unexpected key `titel`, expected a known key such as `title` [front-matter-unknown-key]'
    ])
  })

  it('lists the known keys when no known key is close', () => {
    expect(read('---\ntitle: T\ndate: 2007-02-28\nstatus: draft\nminutetaker: Sok\n---\n').messages).toEqual([
      '5:1 error Unexpected key `minutetaker`, expected one of `title`, `date`, `series`, `status`, `chair`, `location`, `attendees`, `apologies`, `approves`, `closes`, `tags`, `lang` [front-matter-unknown-key]'
    ])
  })

  it('reports every problem at once, in file order, nested ones at their key or item', () => {
    const {frontMatter, messages} = read(
      [
        '---',
        'title: ""',
        'date: 2007-13-01',
        'status: Approved',
        'attendees:',
        '  - Kristy Fleming (UNIAP-Cambodia',
        '  - name: Yim Po',
        '    organisation: CCPCR',
        '  - 42',
        '  - role: Chair',
        'tags: human trafficking',
        'lang: English',
        '---'
      ].join('\n')
    )
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '2:1 error `title`: Unexpected empty value, expected the meeting title as text [front-matter-schema]',
      '3:1 error `date`: Unexpected `2007-13-01`, expected a real calendar date as YYYY-MM-DD [front-matter-schema]',
      '4:1 error `status`: Unexpected `Approved`, expected `draft` or `approved` [front-matter-schema]',
      '6:5 error `attendees[0]`: Unexpected `Kristy Fleming (UNIAP-Cambodia`, expected a person as `Name` or `Name (Organisation)` [front-matter-schema]',
      '8:5 error `attendees[1]`: Unexpected key `organisation`, expected a known key such as `organization` [front-matter-unknown-key]',
      '9:5 error `attendees[2]`: Unexpected `42`, expected a person as `Name (Organisation)` or a mapping with `name` [front-matter-schema]',
      '10:5 error `attendees[3].name`: Unexpected missing key, expected a name [front-matter-schema]',
      '11:1 error `tags`: Unexpected `human trafficking`, expected a list of tags [front-matter-schema]',
      '12:1 error `lang`: Unexpected `English`, expected a language tag such as `en` or `km` [front-matter-schema]'
    ])
  })

  it('reports front matter that is not a mapping', () => {
    expect(read('---\n- title\n- date\n---\n').messages).toEqual([
      '2:1 error Unexpected list, expected front matter keys such as `title` and `date` [front-matter-schema]'
    ])
  })

  it('reports an empty block as missing `title` and `date`', () => {
    expect(read('---\n# nothing yet\n---\n').messages).toEqual([
      '1:1 error `title`: Unexpected missing key, expected the meeting title as text [front-matter-schema]',
      '1:1 error `date`: Unexpected missing key, expected a date as YYYY-MM-DD [front-matter-schema]',
      '1:1 warning `status`: Unexpected missing key, expected `draft` or `approved`; the meeting is treated as a `draft` [front-matter-status]'
    ])
  })
})

describe('readFrontMatter: YAML problems', () => {
  it('reports a duplicate key on its second occurrence', () => {
    const {frontMatter, messages} = read('---\ntitle: A\ndate: 2007-02-28\ntitle: B\nstatus: draft\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual(['4:1 error Unexpected duplicate key `title`, expected each key once [front-matter-yaml]'])
  })

  it('stops an alias bomb with an error on its first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode(97 + index)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const {frontMatter, messages} = read(`---\n${levels.join('\n')}\n---\n`)
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '3:8 error Unexpected YAML aliases expanding to more than 100 nodes, expected fewer `*alias` references [front-matter-yaml]'
    ])
  })

  it('reports a key that is a mapping', () => {
    expect(read('---\n? {title: T}\n: x\ndate: 2007-02-28\n---\n').messages).toEqual([
      '2:3 error Unexpected key that is not plain text (a list, a mapping or a tagged value), expected a plain key name [front-matter-yaml]'
    ])
  })

  it('still reads ordinary anchors and aliases', () => {
    const {frontMatter, messages} = read(
      '---\ntitle: T\ndate: 2007-02-28\nstatus: draft\nchair: &chair {name: Bettina Maas, role: Chair}\nattendees: [*chair, Yim Po (CCPCR)]\n---\n'
    )
    expect(messages).toEqual([])
    expect(frontMatter?.attendees).toEqual([{name: 'Bettina Maas', role: 'Chair'}, {name: 'Yim Po', organization: 'CCPCR'}])
  })

  it('reports YAML syntax errors where the YAML parser finds them', () => {
    expect(read('---\ntitle: T\ndate: [2007-02-28\nstatus: draft\n---\n').messages).toEqual([
      '4:1 error Unexpected invalid YAML (flow sequence in block collection must be sufficiently indented and end with a ]), expected valid YAML [front-matter-yaml]'
    ])
  })
})

describe('readFrontMatter: the fences', () => {
  it('refuses `---js` front matter without running it', () => {
    const flag = '__minutebookFrontMatterRan'
    const {frontMatter, messages} = read(
      `---js\n{title: (globalThis.${flag} = true, 'Pwned'), date: '2007-02-28'}\n---\n`
    )
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '1:4 error Unexpected front matter language `js`, expected YAML opened by `---` alone on line 1 [front-matter-engine]'
    ])
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined()
  })

  it.each([
    ['--- js', '1:5', 'js'],
    ['---javascript', '1:4', 'javascript'],
    ['---coffee', '1:4', 'coffee'],
    ['---JS', '1:4', 'JS'],
    ['---json', '1:4', 'json'],
    ['---yaml', '1:4', 'yaml'],
    ['---constructor', '1:4', 'constructor']
  ])('refuses `%s` front matter', (opening, place, language) => {
    expect(read(`${opening}\ntitle: T\n---\n`).messages).toEqual([
      `${place} error Unexpected front matter language \`${language}\`, expected YAML opened by \`---\` alone on line 1 [front-matter-engine]`
    ])
  })

  it('keeps the refusing engines in the gray-matter call itself, where `engines: {js: false}` would not help', () => {
    const flag = '__minutebookGrayMatterRan'
    const text = `---js\n{title: (globalThis.${flag} = 'ran')}\n---\n`
    // Proof that the block is live code for gray-matter as configured elsewhere:
    matter(text, {engines: {js: false}} as never)
    expect((globalThis as Record<string, unknown>)[flag]).toBe('ran')
    delete (globalThis as Record<string, unknown>)[flag]
    expect(() => grayMatterYaml(text, () => ({}))).toThrow(FrontMatterEngineError)
    expect(() => grayMatterYaml(text.replace('---js', '---coffee'), () => ({}))).toThrow(FrontMatterEngineError)
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined()
  })

  it('reports unclosed front matter', () => {
    const {frontMatter, messages} = read('---\ntitle: T\ndate: 2007-02-28\n\n## Welcome\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '1:1 error Unexpected unclosed front matter, expected a closing `---` line after the YAML [front-matter]'
    ])
  })

  it('reports a closing line that is not `---` alone', () => {
    expect(read('---\ntitle: T\n---- \n').messages).toEqual([
      '3:1 error Unexpected `----` closing front matter, expected `---` alone on its line [front-matter]'
    ])
  })

  it('reports a blank line before the front matter', () => {
    const {frontMatter, messages} = read('\n---\ntitle: T\ndate: 2007-02-28\n---\n')
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '1:1 error Unexpected blank line before front matter, expected `---` on line 1 [front-matter]'
    ])
  })

  it('reports a file without front matter, also when `---` comes after text', () => {
    const missing =
      '1:1 error Unexpected missing front matter, expected `---` on line 1 followed by `title` and `date` [front-matter]'
    expect(read('## Welcome\n\nThe Chair opened the meeting.\n').messages).toEqual([missing])
    expect(read('Minutes\n---\ntitle: T\n---\n').messages).toEqual([missing])
    expect(read('').messages).toEqual([missing])
  })

  it('reports bytes that are not UTF-8 at the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([...encode('---\r\ntitle: Café '), 0xe9, ...encode('\r\ndate: 2007-02-28\r\n---\r\n')])
    const {frontMatter, messages} = read(bytes)
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '2:13 error Unexpected byte `0xE9` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]'
    ])
  })

  it('reports a truncated UTF-8 sequence at the end of the body', () => {
    const bytes = new Uint8Array([...encode('---\ntitle: T\ndate: 2007-02-28\n---\n\nText ends in ü'), 0xe2, 0x82])
    expect(read(bytes).messages).toEqual([
      '6:15 error Unexpected byte `0xE2` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]'
    ])
  })

  it('reads front matter of exactly 64 KiB and refuses one byte more', () => {
    const head = 'title: T\ndate: 2007-02-28\nstatus: draft\n# '
    const fill = (bytes: number) => head + 'x'.repeat(bytes - head.length)
    expect(read(`---\n${fill(65536)}\n---\n`).messages).toEqual([])
    const {frontMatter, messages} = read(`---\n${fill(65537)}\n---\n`)
    expect(frontMatter).toBeUndefined()
    expect(messages).toEqual([
      '1:1 error Unexpected front matter of 65537 bytes, expected at most 65536 bytes (64 KiB) [front-matter]'
    ])
  })
})

describe('readFrontMatter: repeatable', () => {
  it('gives the same result when the same text is read twice, good or bad', () => {
    for (const text of [
      '---\ntitle: T\ndate: 2007-02-28\nstatus: draft\n---\n',
      '---\ntitel: T\ndate: 2007-02-30\n---\n',
      '---js\n{title: "T"}\n---\n'
    ]) {
      expect(read(text)).toEqual(read(text))
    }
  })

  it('is not fooled by gray-matter\'s cache filled by a call without options', () => {
    const text = '---\ntitle: Cached\ndate: 2007-02-28\nstatus: draft\n---\nbody'
    matter(text)
    matter(text)
    expect(read(text).frontMatter?.title).toBe('Cached')
  })
})

describe('parseMeeting: front matter problems leave no meeting', () => {
  const parse = (input: string | Uint8Array) => {
    const result = parseMeeting(input, {path: 'meetings/2007/2007-02-28-test.md'})
    return {
      meeting: result.meeting,
      messages: result.messages
        .filter((message) => message.ruleId?.startsWith('front-matter') || message.ruleId === 'encoding')
        .map((message) => `${message.line}:${message.column} ${message.reason} [${message.ruleId}]`)
    }
  }

  it('reports a missing date', () => {
    expect(parse('---\ntitle: T\nstatus: draft\n---\n\n## Welcome\n')).toEqual({
      meeting: undefined,
      messages: ['1:1 `date`: Unexpected missing key, expected a date as YYYY-MM-DD [front-matter-schema]']
    })
  })

  it('refuses `---js` without running it', () => {
    const flag = '__minutebookParseMeetingRan'
    expect(parse(`---js\n{title: (globalThis.${flag} = 1, 'x'), date: '2007-02-28'}\n---\n\n## Welcome\n`)).toEqual({
      meeting: undefined,
      messages: [
        '1:4 Unexpected front matter language `js`, expected YAML opened by `---` alone on line 1 [front-matter-engine]'
      ]
    })
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined()
  })

  it('reports bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...encode('---\ntitle: T\ndate: 2007-02-28\nstatus: draft\n---\n\n## Caf'), 0xe9])
    expect(parse(bytes)).toEqual({
      meeting: undefined,
      messages: ['7:7 Unexpected byte `0xE9` that is not UTF-8, expected the file to be saved as UTF-8 [encoding]']
    })
  })

  it('reports a blank line before the front matter and an unclosed block', () => {
    expect(parse('\n---\ntitle: T\ndate: 2007-02-28\n---\n').messages).toEqual([
      '1:1 Unexpected blank line before front matter, expected `---` on line 1 [front-matter]'
    ])
    expect(parse('---\ntitle: T\ndate: 2007-02-28\n\n## Welcome\n').messages).toEqual([
      '1:1 Unexpected unclosed front matter, expected a closing `---` line after the YAML [front-matter]'
    ])
  })

  it('carries valid front matter into the meeting and parses the same bytes twice alike', () => {
    const text = '---\ntitle: T\ndate: 2007-02-28\nstatus: approved\nchair: Bettina Maas\nattendees: [Yim Po (CCPCR)]\n---\n\n## Welcome\n'
    const first = parseMeeting(text, {path: 'meetings/2007/2007-02-28-t.md'})
    const second = parseMeeting(text, {path: 'meetings/2007/2007-02-28-t.md'})
    expect(first.meeting).toMatchObject({
      title: 'T',
      date: '2007-02-28',
      status: 'approved',
      chair: {name: 'Bettina Maas'},
      attendees: [{name: 'Yim Po', organization: 'CCPCR'}]
    })
    expect(second.meeting).toEqual(first.meeting)
    const bad = '---\ntitle: T\ndate: 2007-02-30\n---\n'
    expect(parse(bad)).toEqual(parse(bad))
  })
})
