import type {RecordCues} from '../../text/record-cues.js'

function isoDate(year: number, monthNumber: number, day: number): string | undefined {
  // Date.UTC rolls 30 February over to March; a round trip catches dates that do not exist.
  const date = new Date(Date.UTC(year, monthNumber - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) return
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const patterns = new WeakMap<RecordCues, RegExp[]>()
const globalCues = new WeakMap<RegExp, RegExp>()

/**
 * The full-date shapes after a deadline word, in every language of the set: `2007-07-01`, `15.03.2024`,
 * `20 June 2007`, `20th of June, 2007`, `Friday 20 June 2007`, `15 mars 2024`, `15 de marzo de 2024`,
 * `June 20, 2007`. Sticky: each is tried right where the deadline word ends.
 */
function datePatterns(records: RecordCues): RegExp[] {
  let list = patterns.get(records)
  if (!list) {
    const month = `(${records.monthAlternatives})\\.?`
    const weekday = '(?:[\\p{L}]+day,?\\s+|[\\p{L}]+tag,?\\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?'
    list = [
      /(\d{4})-(\d{2})-(\d{2})(?!\d)/y,
      /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y,
      new RegExp(`${weekday}(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s+of|\\s+de)?\\s+${month},?(?:\\s+de)?\\s+(\\d{4})(?!\\d)`, 'iuy'),
      new RegExp(`${weekday}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iuy')
    ]
    patterns.set(records, list)
  }
  return list
}

function dateAt(text: string, index: number, records: RecordCues): string | undefined {
  const [iso, dotted, dayMonth, monthDay] = datePatterns(records) as [RegExp, RegExp, RegExp, RegExp]
  iso.lastIndex = index
  let match = iso.exec(text)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  dotted.lastIndex = index
  match = dotted.exec(text)
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  dayMonth.lastIndex = index
  match = dayMonth.exec(text)
  if (match) return isoDate(Number(match[3]), records.month(match[2]!)!, Number(match[1]))
  monthDay.lastIndex = index
  match = monthDay.exec(text)
  if (match) return isoDate(Number(match[3]), records.month(match[1]!)!, Number(match[2]))
  return undefined
}

/**
 * The ISO due date of an action when its text gives a full date right after a deadline word ("by 20 June 2007",
 * "bis 15.03.2024", "avant le 15 mars 2024", "antes del 15 de marzo de 2024"). A date without a year, or one that
 * does not exist, gives nothing: the year is never guessed from the clock or the meeting.
 */
export function parseDueDate(text: string, records: RecordCues): string | undefined {
  const words = records.dueWords
  if (!words) return undefined
  let cue = globalCues.get(words)
  if (!cue) {
    cue = new RegExp(words.source, 'giu')
    globalCues.set(words, cue)
  }
  for (const match of text.matchAll(cue)) {
    // The date may follow after a colon, "on", "the" or "le"/"el".
    const after = /^[:\s]+(?:on\s+|the\s+|le\s+|el\s+|den\s+|dem\s+)?/iu.exec(text.slice(match.index + match[0].length))
    const date = dateAt(text, match.index + match[0].length + (after?.[0].length ?? 0), records)
    if (date !== undefined) return date
  }
  return undefined
}
