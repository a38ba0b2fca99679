import * as z from 'zod'
import type {AttendeeEntry, FrontMatter} from './front-matter.js'
import {frontMatterKeys} from './front-matter.js'
import {cueSetFor, languages} from '../text/languages/index.js'
import {expecting, languageTag, text, textList} from './schema-parts.js'

/**
 * A person written as one string: `Name`, `Name (Organisation)`, `Name (Role)` or `Name (Role, Organisation)`. The
 * parenthesised part is the organisation verbatim (commas allowed, as in "Ministry of Social Affairs, Veterans and
 * Youth Rehabilitation") unless it, or its part before the first comma, is a role the parser knows ("Chair",
 * "Deputy Director"): `Margaret Hughes (Chair)` chaired, she is not of an organisation called Chair.
 */
const personTextPattern = /^([^()]+?)\s*(?:\((.+)\))?$/

const personTextExpected = 'a person as `Name` or `Name (Organisation)`'

/** Longest role in words: a longer phrase ending in a role word ("Child Protection Working Group") is an organisation. */
const maxRoleWords = 3

/**
 * Words the parser takes for a role in prose ("the Board said") that, in parentheses after a name, name the body the
 * person belongs to: `Tom Reed (Finance Committee)` is of the Finance Committee.
 */
const bodyWord = /(?:^|\s)(?:board|committee|group|team|secretariat|task ?force)$/i

/** Whether a parenthesised part names a role, in any language minutebook reads. */
function isRoleText(text: string): boolean {
  if (text.split(/\s+/).length > maxRoleWords || bodyWord.test(text)) return false
  return languages.some((language) => cueSetFor(language.code).isRole(text))
}

/** Splits `Name (Organisation)` or `Name (Role, Organisation)` into its parts; the string has already matched the pattern. */
export function parsePersonText(value: string): AttendeeEntry {
  const match = personTextPattern.exec(value.trim())
  const name = (match?.[1] ?? value).trim()
  const inside = match?.[2]?.trim()
  if (!inside) return {name}
  if (isRoleText(inside)) return {name, role: inside}
  const comma = inside.indexOf(',')
  const first = comma < 0 ? '' : inside.slice(0, comma).trim()
  const rest = comma < 0 ? '' : inside.slice(comma + 1).trim()
  if (first !== '' && rest !== '' && isRoleText(first)) return {name, organization: rest, role: first}
  return {name, organization: inside}
}

function compactPerson(entry: {name: string; organization?: string | undefined; role?: string | undefined; aliases?: string[] | undefined}): AttendeeEntry {
  return {
    name: entry.name,
    ...(entry.organization === undefined ? {} : {organization: entry.organization}),
    ...(entry.role === undefined ? {} : {role: entry.role}),
    ...(entry.aliases === undefined ? {} : {aliases: entry.aliases})
  }
}

const personText = z
  .string()
  .trim()
  .regex(personTextPattern, {error: expecting(personTextExpected)})
  .transform(parsePersonText)
  .meta({description: 'A person as `Name`, `Name (Organisation)`, `Name (Role)` or `Name (Role, Organisation)`.'})

const personObject = z
  .strictObject({
    name: text('a name').meta({description: 'Full name as the minutes should show it.'}),
    organization: text('an organisation name').optional(),
    role: text('a role such as `Chair` or `Director`').optional(),
    aliases: textList('other spellings of the name').optional()
  })
  .transform(compactPerson)
  .meta({description: 'A person with organisation, role and the other spellings the minutes use.'})

/** One attendee, apology or chair: a `Name (Organisation)` string or a mapping with `name`. */
const personEntrySchema = z.union([personText, personObject], {
  error: expecting('a person as `Name (Organisation)` or a mapping with `name`')
})

const personList = z.array(personEntrySchema, {error: expecting('a list of people')})

/** True for a YYYY-MM-DD string naming a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return days !== undefined && day >= 1 && day <= days
}

// `null` (a key left empty while drafting) counts as absent for every optional key.
const frontMatterShape = {
  title: text('the meeting title as text').meta({description: 'Title of the meeting. Required.'}),
  date: z
    .string({error: expecting('a date as YYYY-MM-DD')})
    .regex(/^\d{4}-\d{2}-\d{2}$/, {error: expecting('a date as YYYY-MM-DD'), abort: true})
    .refine(isCalendarDate, {error: expecting('a real calendar date as YYYY-MM-DD')})
    .meta({description: 'Day of the meeting as YYYY-MM-DD, a real calendar date. Required.'}),
  series: text('the name of the body that met').nullable().optional().meta({
    description: 'The body that met; groups meetings and feeds.'
  }),
  status: z
    .enum(['draft', 'approved'], {error: expecting('`draft` or `approved`')})
    .nullable()
    .optional()
    .meta({description: 'Only `approved` meetings are published by default; missing means `draft`.'}),
  chair: personEntrySchema.nullable().optional().meta({description: 'Who chaired the meeting.'}),
  location: text('a place').nullable().optional().meta({description: 'Where the meeting took place.'}),
  attendees: personList.nullable().optional().meta({description: 'Who attended.'}),
  apologies: personList.nullable().optional().meta({description: 'Who sent apologies.'}),
  approves: text('the slug of a meeting such as `2007-01-31-stakeholder-meeting`').nullable().optional().meta({
    description: 'Slug of the meeting whose minutes this meeting adopted.'
  }),
  closes: textList('actions this meeting marks done').nullable().optional().meta({
    description: 'Actions from earlier meetings of the series that this meeting closes.'
  }),
  tags: textList('tags').nullable().optional().meta({description: 'Free tags for browsing and search.'}),
  lang: languageTag().nullable().optional().meta({description: 'Language of the minutes when not the archive default.'})
} satisfies Record<(typeof frontMatterKeys)[number], z.ZodType>

type FrontMatterInput = z.output<z.ZodObject<typeof frontMatterShape>>

function toFrontMatter(input: FrontMatterInput): FrontMatter {
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    value === null || value === undefined ? {} : ({[key]: value} as {[P in K]: V})
  return {
    title: input.title,
    date: input.date,
    ...optional('series', input.series),
    status: input.status ?? 'draft',
    ...optional('chair', input.chair),
    ...optional('location', input.location),
    attendees: input.attendees ?? [],
    apologies: input.apologies ?? [],
    ...optional('approves', input.approves),
    closes: input.closes ?? [],
    tags: input.tags ?? [],
    ...optional('lang', input.lang)
  }
}

/** The schema of a meeting's front matter: validates the YAML data and normalises it to {@link FrontMatter}. */
export const frontMatterSchema = z
  .strictObject(frontMatterShape, {error: expecting('front matter keys such as `title` and `date`')})
  .transform(toFrontMatter)
  .meta({
    title: 'minutebook meeting front matter',
    description: 'The YAML between the `---` lines at the top of a meeting file.'
  }) satisfies z.ZodType<FrontMatter, unknown>
