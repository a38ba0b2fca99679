import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '../../src/lint/diagnostic.js'
import {reportGithub} from '../../src/lint/reporters/github.js'
import {reportJson} from '../../src/lint/reporters/json.js'
import {reportText} from '../../src/lint/reporters/text.js'

const diagnostics: Diagnostic[] = [
  {
    file: 'meetings/2007/2007-03-28-stakeholder-meeting.md',
    line: 6,
    column: 1,
    severity: 'error',
    rule: 'minutebook:approves-unknown',
    message: 'Unexpected `approves: 2007-02-27-x`, expected the slug of a meeting in the archive'
  },
  {
    file: 'meetings/2007/2007-03-28-stakeholder-meeting.md',
    line: 15,
    column: 3,
    severity: 'warning',
    rule: 'minutebook:speaker-not-attendee',
    message: 'Unexpected speaker `Dara Sok`, expected one of the attendees such as `Dara Sokha`'
  },
  {
    file: 'meetings/2008/2008-01-30-board, annual.md',
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'minutebook:file-name',
    message: 'Unexpected file path, expected 100% a\nname'
  }
]

describe('text reporter', () => {
  it('prints file:line:col: message [rule] grouped by file, then a summary', () => {
    expect(reportText(diagnostics)).toBe(
      [
        'meetings/2007/2007-03-28-stakeholder-meeting.md:6:1: Unexpected `approves: 2007-02-27-x`, expected the slug of a meeting in the archive [minutebook:approves-unknown]',
        'meetings/2007/2007-03-28-stakeholder-meeting.md:15:3: warning: Unexpected speaker `Dara Sok`, expected one of the attendees such as `Dara Sokha` [minutebook:speaker-not-attendee]',
        '',
        'meetings/2008/2008-01-30-board, annual.md:1:1: Unexpected file path, expected 100% a\nname [minutebook:file-name]',
        '',
        '2 errors, 1 warning',
        ''
      ].join('\n')
    )
  })

  it('says so when there is nothing to report', () => {
    expect(reportText([])).toBe('no issues found\n')
  })
})

describe('github reporter', () => {
  it('prints one workflow command per message with escaped properties and data, then the summary', () => {
    expect(reportGithub(diagnostics)).toBe(
      [
        '::error file=meetings/2007/2007-03-28-stakeholder-meeting.md,line=6,col=1,title=minutebook%3Aapproves-unknown::Unexpected `approves: 2007-02-27-x`, expected the slug of a meeting in the archive',
        '::warning file=meetings/2007/2007-03-28-stakeholder-meeting.md,line=15,col=3,title=minutebook%3Aspeaker-not-attendee::Unexpected speaker `Dara Sok`, expected one of the attendees such as `Dara Sokha`',
        '::error file=meetings/2008/2008-01-30-board%2C annual.md,line=1,col=1,title=minutebook%3Afile-name::Unexpected file path, expected 100%25 a%0Aname',
        '2 errors, 1 warning',
        ''
      ].join('\n')
    )
  })
})

describe('json reporter', () => {
  it('prints a stable array of {file, line, column, severity, rule, message}', () => {
    const output = reportJson(diagnostics)
    expect(JSON.parse(output)).toEqual(diagnostics)
    expect(output.split('\n').slice(0, 9)).toEqual([
      '[',
      '  {',
      '    "file": "meetings/2007/2007-03-28-stakeholder-meeting.md",',
      '    "line": 6,',
      '    "column": 1,',
      '    "severity": "error",',
      '    "rule": "minutebook:approves-unknown",',
      '    "message": "Unexpected `approves: 2007-02-27-x`, expected the slug of a meeting in the archive"',
      '  },'
    ])
  })

  it('prints an empty array when there is nothing to report', () => {
    expect(reportJson([])).toBe('[]\n')
  })
})
