import {isCalendarDate} from '../model/front-matter-schema.js'

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const monthName = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/
const dayMonthYear = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName}\\.?,?\\s+(\\d{4})\\b`, 'i')
const monthDayYear = new RegExp(`\\b${monthName}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')

/** How many non-blank lines at the top of a document may state the meeting's date. */
const headLines = 12

function iso(year: string, month: number, day: string): string | undefined {
  const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(value) ? value : undefined
}

function monthNumber(name: string): number {
  return months.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

/** The first full date in one line (`2007-02-28`, `28 February 2007`, `February 28, 2007`), as `YYYY-MM-DD`. */
function dateInLine(line: string): string | undefined {
  const isoMatch = isoDate.exec(line)
  if (isoMatch) return iso(isoMatch[1]!, Number(isoMatch[2]), isoMatch[3]!)
  const dmy = dayMonthYear.exec(line)
  if (dmy) return iso(dmy[3]!, monthNumber(dmy[2]!), dmy[1]!)
  const mdy = monthDayYear.exec(line)
  if (mdy) return iso(mdy[3]!, monthNumber(mdy[1]!), mdy[2]!)
  return undefined
}

/**
 * The meeting date a document states at its top (title, "Date:" line), as `YYYY-MM-DD`.
 * Only the head is read: dates further down are deadlines and events, not the meeting.
 */
export function inferDate(text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').slice(0, headLines)
  for (const line of lines) {
    const date = dateInLine(line)
    if (date) return date
  }
  return undefined
}

/** A title made from a file name: `board-minutes_march.txt` -> `Board minutes march`. */
export function titleFromFileName(name: string): string {
  const stem = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/\d{4}-\d{2}-\d{2}/, '')
    .replace(/[-_.\s]+/g, ' ')
    .trim()
  const title = stem === '' ? 'Meeting' : stem
  return title.charAt(0).toUpperCase() + title.slice(1)
}
