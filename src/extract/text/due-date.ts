/** Month names and abbreviations to their number. */
const months = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12]
])

const month = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?'
const weekday = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?'
const ordinal = '(?:st|nd|rd|th)?'

/** Words that introduce a deadline; the date must follow them directly. */
const cue = /\b(?:by|due(?:\s+date)?|before|until|till|deadline|no\s+later\s+than|not\s+later\s+than)\b[:\s]+(?:on\s+|the\s+)?/gi
/** `2007-07-01` */
const iso = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y
/** `20 June 2007`, `20th of June, 2007`, `Friday 20 June 2007` */
const dayMonthYear = new RegExp(`${weekday}(\\d{1,2})${ordinal}(?:\\s+of)?\\s+${month},?\\s+(\\d{4})(?!\\d)`, 'iy')
/** `June 20, 2007`, `June 20th 2007` */
const monthDayYear = new RegExp(`${weekday}${month}\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})(?!\\d)`, 'iy')

function isoDate(year: number, monthNumber: number, day: number): string | undefined {
  // Date.UTC rolls 30 February over to March; a round trip catches dates that do not exist.
  const date = new Date(Date.UTC(year, monthNumber - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) return
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function dateAt(text: string, index: number): string | undefined {
  iso.lastIndex = index
  let match = iso.exec(text)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  dayMonthYear.lastIndex = index
  match = dayMonthYear.exec(text)
  if (match) return isoDate(Number(match[3]), months.get(match[2]!.toLowerCase())!, Number(match[1]))
  monthDayYear.lastIndex = index
  match = monthDayYear.exec(text)
  if (match) return isoDate(Number(match[3]), months.get(match[1]!.toLowerCase())!, Number(match[2]))
  return undefined
}

/**
 * The ISO due date of an action when its text gives a full date after a deadline word
 * ("by 20 June 2007", "due 2007-07-01", "before June 20, 2007"). A date without a year, or one that
 * does not exist, gives nothing: the year is never guessed from the clock or the meeting.
 */
export function parseDueDate(text: string): string | undefined {
  for (const match of text.matchAll(cue)) {
    const date = dateAt(text, match.index + match[0].length)
    if (date !== undefined) return date
  }
  return undefined
}
