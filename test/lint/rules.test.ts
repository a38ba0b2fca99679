import {describe, expect, it} from 'vitest'
import {check, meeting, of} from './archive.js'

const basic = 'title: Stakeholder Meeting\ndate: 2007-03-28\nseries: Stakeholder Meeting\nstatus: approved'
const good = 'meetings/2007/2007-03-28-stakeholder-meeting.md'

describe('minutebook:file-name', () => {
  it('passes a file at meetings/YYYY/YYYY-MM-DD-<slug>.md that agrees with its date', async () => {
    expect(of(await check({[good]: meeting(basic)}), 'file-name')).toEqual([])
  })

  it('reports a file outside the naming scheme', async () => {
    const path = 'meetings/2007/Stakeholder-Meeting.md'
    expect(of(await check({[path]: meeting(basic)}), 'file-name')).toEqual([
      `${path}:1:1 error Unexpected file path \`${path}\`, expected \`meetings/YYYY/YYYY-MM-DD-<slug>.md\` with a lower-case, hyphenated slug`
    ])
  })

  it('reports a year folder that differs from the date in the name', async () => {
    const path = 'meetings/2008/2007-03-28-stakeholder-meeting.md'
    expect(of(await check({[path]: meeting(basic)}), 'file-name')).toEqual([
      `${path}:1:1 error Unexpected year folder \`2008\`, expected \`2007\` as in the file name`
    ])
  })

  it('reports a date in the name that differs from the front matter, on the `date:` line', async () => {
    const path = 'meetings/2007/2007-03-29-stakeholder-meeting.md'
    expect(of(await check({[path]: meeting(basic)}), 'file-name')).toEqual([
      `${path}:3:1 error Unexpected date \`2007-03-29\` in the file name, expected \`2007-03-28\` as in the front matter`
    ])
  })
})

describe('minutebook:duplicate-slug', () => {
  it('passes slugs used once', async () => {
    const files = {
      [good]: meeting(basic),
      'meetings/2007/2007-04-25-stakeholder-meeting.md': meeting(basic.replace('2007-03-28', '2007-04-25'))
    }
    expect(of(await check(files), 'duplicate-slug')).toEqual([])
  })

  it('reports the second file with a slug, naming the first', async () => {
    const second = 'meetings/2008/2007-03-28-stakeholder-meeting.md'
    const files = {[good]: meeting(basic), [second]: meeting(basic.replace('Stakeholder Meeting\ns', 'Other\ns').replace('series: Stakeholder Meeting', 'series: Other'))}
    expect(of(await check(files), 'duplicate-slug')).toEqual([
      `${second}:1:1 error Unexpected duplicate slug \`2007-03-28-stakeholder-meeting\`, expected a slug no other meeting uses; \`${good}\` has it`
    ])
  })
})

describe('minutebook:duplicate-meeting', () => {
  it('passes two series meeting on one day', async () => {
    const files = {
      [good]: meeting(basic),
      'meetings/2007/2007-03-28-board.md': meeting(basic.replace('series: Stakeholder Meeting', 'series: Board'))
    }
    expect(of(await check(files), 'duplicate-meeting')).toEqual([])
  })

  it('reports a second meeting of one series on one date, on its `date:` line', async () => {
    const second = 'meetings/2007/2007-03-28-stakeholders.md'
    const files = {[good]: meeting(basic), [second]: meeting(basic)}
    expect(of(await check(files), 'duplicate-meeting')).toEqual([
      `${second}:3:1 error Unexpected second meeting of series \`Stakeholder Meeting\` on \`2007-03-28\`, expected one meeting per series and date; \`${good}\` is that meeting`
    ])
  })
})

describe('minutebook:approves-unknown', () => {
  const earlier = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const earlierText = meeting(basic.replace('2007-03-28', '2007-02-28'))

  it('passes `approves:` naming a meeting of the archive', async () => {
    const files = {[earlier]: earlierText, [good]: meeting(`${basic}\napproves: 2007-02-28-stakeholder-meeting`)}
    expect(of(await check(files), 'approves-unknown')).toEqual([])
  })

  it('reports an unknown slug on the `approves:` line and suggests the nearest', async () => {
    const files = {[earlier]: earlierText, [good]: meeting(`${basic}\napproves: 2007-02-27-stakeholder-meeting`)}
    expect(of(await check(files), 'approves-unknown')).toEqual([
      `${good}:6:1 error Unexpected \`approves: 2007-02-27-stakeholder-meeting\`, expected the slug of a meeting in the archive such as \`2007-02-28-stakeholder-meeting\``
    ])
  })
})

describe('minutebook:closes-unknown', () => {
  const march = 'meetings/2007/2007-02-28-stakeholder-meeting.md'
  const marchText = meeting(
    basic.replace('2007-03-28', '2007-02-28'),
    '## Tasks\n\n- [ ] Kristy Fleming to circulate the coordination structure\n'
  )

  it('passes `closes:` entries naming an open action of the series', async () => {
    const files = {[march]: marchText, [good]: meeting(`${basic}\ncloses: [circulate the coordination structure]`)}
    expect(of(await check(files), 'closes-unknown')).toEqual([])
  })

  it('reports an entry that names no open action, where it is written', async () => {
    const files = {
      [march]: marchText,
      [good]: meeting(`${basic}\ncloses:\n  - circulate the coordination structure\n  - book the conference hall`)
    }
    expect(of(await check(files), 'closes-unknown')).toEqual([
      `${good}:8:5 warning Unexpected \`closes\` entry \`book the conference hall\`, expected the id or words of an open action from an earlier meeting of the series`
    ])
  })
})

describe('minutebook:heading-increment', () => {
  it('passes headings that go down one level at a time', async () => {
    const body = '## Other business\n\n### Freedom Day\n\n#### Venue\n\n## Close\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'heading-increment')).toEqual([])
  })

  it('reports a heading that skips a level', async () => {
    const body = '## Other business\n\n#### Freedom Day\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'heading-increment')).toEqual([
      `${good}:10:1 warning Unexpected heading rank \`4\`, expected rank \`3\` or lower`
    ])
  })
})

describe('minutebook:raw-html', () => {
  it('passes private markers and what they enclose', async () => {
    const body = '## Item\n\nSaid in public.\n\n<!-- private -->\n\n<div>never published</div>\n\n<!-- /private -->\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'raw-html')).toEqual([])
  })

  it('reports raw HTML blocks and inline HTML, comments included', async () => {
    const body = '## Item\n\n<div class="note">Hello</div>\n\nA line<br>break.\n\n<!-- a note to self -->\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'raw-html')).toEqual([
      `${good}:10:1 error Unexpected raw HTML \`<div class="note">Hello</div>\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text)`,
      `${good}:12:7 error Unexpected raw HTML \`<br>\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text)`,
      `${good}:14:1 error Unexpected raw HTML \`<!-- a note to self -->\`, expected Markdown (or \`<!-- private -->\` ... \`<!-- /private -->\` to withhold text)`
    ])
  })
})

describe('rules the parser reports, kept by check', () => {
  it('keeps front matter schema errors', async () => {
    const diagnostics = await check({[good]: meeting('date: 2007-03-28\nstatus: approved')})
    expect(diagnostics.filter((d) => d.rule?.startsWith('minutebook:front-matter')).map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['1:1 error'])
  })

  it('keeps an unclosed private block as an error', async () => {
    const body = '## Item\n\n<!-- private -->\n\nSecret.\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'private-block-unclosed')).toEqual([
      `${good}:10:1 error Unexpected unclosed private block, expected \`<!-- /private -->\`; everything after it is withheld`
    ])
  })

  it('keeps contacts as warnings', async () => {
    const body = '## Item\n\nWrite to helen@example.org for details.\n'
    expect(of(await check({[good]: meeting(basic, body)}), 'contact-redacted')).toEqual([
      `${good}:10:10 warning Unexpected e-mail address in the minutes, expected none; it is withheld from the archive`
    ])
  })

  it('reports an invalid minutebook.yml as a file of its own and still checks the meetings', async () => {
    const diagnostics = await check({'minutebook.yml': 'title: Minutes\ntitel: Typo\n', [good]: meeting(basic, '## Item\n\n<br>\n')})
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'minutebook.yml:2:1 error minutebook:config-unknown-key',
      `${good}:10:1 error minutebook:raw-html`
    ])
  })

  it('reports nothing for a clean meeting', async () => {
    expect(await check({[good]: meeting(basic)})).toEqual([])
  })
})
