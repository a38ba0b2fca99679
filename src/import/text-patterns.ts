// The line shapes the plain-text reader recognises. Each is tuned on minutes pasted out of Word
// (the seed meeting): headings as plain lines, `·` bullets, bare "Group 1" lines, "Comments/Questions" labels.

/** A bullet marker at the start of a line; the dingbats need no space after them, dashes and `*` do. */
export const bulletPattern = /^(?:[·•●○◦▪▫■□➢►‣⁃∙]\s*|[-*–—]\s+)(?=\S)/u

/** A numbered line: `1.`, `1)`, `(1)`, `4.1` (dotted numbers need no closing mark). */
export const numberedPattern = /^(?:\((\d{1,3})\)|(\d{1,3}(?:\.\d{1,3})+)\.?|(\d{1,3})[.)])\s+(?=\S)/

/** Items every agenda has, headings even when nothing follows them (a break, the close). */
const agendaWords =
  /^(?:(?:coffee|tea|lunch|comfort)\s+break|break|lunch|(?:any\s+)?other\s+business|a\.?o\.?b\.?|welcome(?:\s+and\s+introductions?)?|opening(?:\s+(?:remarks|of\s+(?:the\s+)?meeting))?|apologies(?:\s+for\s+absence)?|attendance|matters\s+arising|(?:date\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?)?next\s+meeting|closing(?:\s+remarks)?)$/i

/** The line that ends the minutes; short lines after it are strays, not items. */
const closingWords =
  /^(?:(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|adjourned|ended)(?:\s+at\s+.{1,20})?|close\s+of\s+(?:the\s+)?meeting|end\s+of\s+(?:the\s+)?meeting|adjournment)$/i

/** A group's report inside an item: "Group 1", "Working group B", "Group 2: Prevention". */
const groupLine =
  /^(?:(?:small|working|breakout|discussion)\s+)?(?:group|team|table)\s+(?:\d{1,2}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s*[:\-–—]?\s*[^.:;!?]{0,60})?$/iu

/** Discussion labels that head a stretch of prose and stay labels: "Comments/Questions", "Q&A". */
const labelLine =
  /^(?:comments?|questions?|q\s*&\s*a|discussions?|remarks|feedback|responses?|answers?)(?:\s*(?:\/|&|and|,)\s*(?:comments?|questions?|answers?|discussions?|remarks|responses?|feedback))*\s*:?$/i

/** Words that make a first line the meeting's title rather than an agenda item. */
const meetingTitleWords =
  /\b(?:minutes|meeting|committee|board|council|assembly|forum|workshop|conference|consultation|taskforce|task force|AGM)\b/i

/**
 * A speaker label at the start of a line: a name of two to four capitalised words, or one word after an
 * honorific, optionally with `(Organisation)`, then a colon.
 */
const speakerLabel =
  /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|H\.?\s?E)\.?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s*\([^()]{1,60}\))?):(?:\s+(\S.*))?$/u

/** First words of `Word Word:` labels that name a topic or a marker, not a person. */
const notNameWords = new Set(
  (
    'action actions agenda agreed any apologies chair comment comments conclusion date decision decisions ' +
    'follow item key main meeting minutes next note notes other outcome outcomes present progress purpose ' +
    'question questions recommendation recommendations resolution resolved status subject summary time ' +
    'title topic update venue location place attendees absent in the current proposed general'
  ).split(' ')
)

/** Words a line that only gives the date and time may hold ("Date: Tuesday, 28 February 2007, 9.00 am"). */
const dateWords =
  /\b(?:date|time|held|on|the|of|at|am|pm|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d+(?:st|nd|rd|th)?/gi

/** Final marks that make a line a sentence (or a lead-in) rather than a title. */
const sentenceEnd = /[.,;:!?–—-]$/u

/** True for a bullet line. */
export function isBullet(text: string): boolean {
  return bulletPattern.test(text)
}

/** True for a line that only states a date (and time): never a heading. */
function isDateLine(text: string): boolean {
  return /\d/.test(text) && text.replace(dateWords, '').replace(/[\s,.:/()–-]+/g, '') === ''
}

/** True for an agenda item that is a heading whatever follows it. */
export function isAgendaWord(text: string): boolean {
  return agendaWords.test(text) || closingWords.test(text)
}

/** True for the line that closes the meeting ("Meeting Closed"). */
export function isClosing(text: string): boolean {
  return closingWords.test(text)
}

/** True for a group report line ("Group 1"). */
export function isGroupLine(text: string): boolean {
  return groupLine.test(text)
}

/** True for a discussion label ("Comments/Questions"). */
export function isLabel(text: string): boolean {
  return labelLine.test(text)
}

/** True when a line could be a heading: short, starts like a title, does not end like a sentence. */
export function isTitleShaped(text: string): boolean {
  const words = text.split(' ').length
  return (
    text.length <= 90 &&
    words <= 14 &&
    /^["'“‘(]?[\p{Lu}\d]/u.test(text) &&
    !sentenceEnd.test(text) &&
    !isDateLine(text) &&
    // An address makes a line a notice ("contact x@y.org"), never an item title.
    !/@|:\/\/|\bwww\./.test(text)
  )
}

/** True for a short title-like lead-in ("Prevention", "Recovery and Rehabilitation") that reads best bold. */
export function isShortLeadIn(text: string): boolean {
  return isTitleShaped(text) && text.split(' ').length <= 6
}

/** True when a first line names the meeting ("Minutes of the Board Meeting") rather than an item. */
export function isMeetingTitle(text: string): boolean {
  return isTitleShaped(text) && meetingTitleWords.test(text) && !/^agenda\b/i.test(text) && !isAgendaWord(text)
}

/** Splits `Dara Sok (MoJ): text` into label and rest when the label reads as a person's name. */
export function splitSpeakerLabel(text: string): {label: string; rest: string} | undefined {
  const match = speakerLabel.exec(text)
  if (!match) return undefined
  const label = match[1]!
  const first = label.split(/\s/)[0]!.toLowerCase()
  if (notNameWords.has(first)) return undefined
  return {label: `${label}:`, rest: match[2] ?? ''}
}
