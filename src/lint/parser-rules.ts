import type {Rule} from './rule.js'

/** A rule the parser itself reports while reading a meeting; listed so the rule table is complete. */
function parserRule(id: string, severity: Rule['severity'], description: string): Rule {
  return {
    id,
    severity,
    description,
    // The parser already put these messages on the file; the checker only keeps them.
    check() {}
  }
}

/** Rules that live in the parser (src/parse/**): encoding, front matter, private blocks, contacts, settings. */
export const parserRules: Rule[] = [
  parserRule(
    'minutebook:encoding',
    'error',
    'Meeting files and `minutebook.yml` are saved as UTF-8 text: no NUL or other control characters (but tabs and line ends), no noncharacters.'
  ),
  parserRule('minutebook:unreadable', 'error', 'Every meeting file can be read (its permissions let `check` and `build` open it).'),
  parserRule(
    'minutebook:front-matter',
    'error',
    'A meeting opens with front matter: `---` alone on line 1, YAML, a closing `---`, at most 64 KiB.'
  ),
  parserRule(
    'minutebook:front-matter-engine',
    'error',
    'The front matter is YAML (`---`), never another language such as `---js`, which would run code.'
  ),
  parserRule(
    'minutebook:front-matter-yaml',
    'error',
    'The front matter is plain YAML 1.2: no syntax errors, duplicate keys or alias tricks.'
  ),
  parserRule(
    'minutebook:front-matter-schema',
    'error',
    'Front matter values have the right shape: a `title`, a real calendar `date` (YYYY-MM-DD), `status` `draft` or `approved`, people as `Name (Organisation)`, `Name (Role)` or a mapping.'
  ),
  parserRule(
    'minutebook:front-matter-unknown-key',
    'error',
    'Every front matter key is one minutebook knows; the nearest known key is suggested.'
  ),
  parserRule(
    'minutebook:front-matter-status',
    'warning',
    'The front matter says `status: draft` or `status: approved`; without it the meeting is a draft and is not published.'
  ),
  parserRule(
    'minutebook:private-block-unclosed',
    'error',
    'Every `<!-- private -->` is closed by `<!-- /private -->`; until it is, everything after it is withheld and the meeting is not published.'
  ),
  parserRule(
    'minutebook:private-block-stray',
    'error',
    'A `<!-- /private -->` closes a block opened before it; a stray one stops the meeting (its opening marker is likely mistyped).'
  ),
  parserRule(
    'minutebook:private-block-nested',
    'error',
    'Private blocks do not nest: a second `<!-- private -->` before the first block is closed stops the meeting.'
  ),
  parserRule(
    'minutebook:private-marker',
    'error',
    'Private markers are written exactly `<!-- private -->` and `<!-- /private -->`, as HTML comments in the minutes (not in front matter); anything else that looks like one stops the meeting.'
  ),
  parserRule(
    'minutebook:contact-redacted',
    'warning',
    'E-mail addresses and phone numbers in the text and the front matter are withheld from every page, feed and index; the warning says where.'
  ),
  parserRule(
    'minutebook:too-large',
    'error',
    'A meeting file is at most 512 KiB; a larger one is refused unparsed (split it into several meetings).'
  ),
  parserRule(
    'minutebook:too-deep',
    'error',
    'Block quotes, lists, footnote definitions, emphasis and link brackets nest at most 64 levels deep; deeper nesting is refused unparsed.'
  ),
  parserRule(
    'minutebook:too-complex',
    'error',
    'A meeting is cheap enough to parse: at most 50,000 cost units (lines, list items, headings, table cells, links, inline markers), no paragraph with thousands of markers or lazy lines, at most 500 link definitions; more is refused unparsed.'
  ),
  parserRule(
    'minutebook:attendance-mismatch',
    'warning',
    'When the front matter lists `attendees`, the roll call in the minutes names the same people; the front matter wins, and each name only the minutes give is reported.'
  ),
  parserRule(
    'minutebook:motion-without-outcome',
    'warning',
    'A motion (`Moved:`, `Proposed by`, `PROPOSAL:`, `Antrag:`) is followed by its outcome (`Carried`, `Failed`, `Withdrawn`, `Deferred`) or a vote count; one without is not a decision.'
  ),
  parserRule(
    'minutebook:item-too-deep',
    'warning',
    'An agenda item too deeply nested to render as HTML is published as plain text.'
  ),
  parserRule('minutebook:config-yaml', 'error', '`minutebook.yml` is plain YAML 1.2.'),
  parserRule(
    'minutebook:config-schema',
    'error',
    '`minutebook.yml` values have the right shape (site settings, `people`, `organizations`, privacy switches).'
  ),
  parserRule(
    'minutebook:config-unknown-key',
    'error',
    'Every `minutebook.yml` key is one minutebook knows; the nearest known key is suggested.'
  )
]
