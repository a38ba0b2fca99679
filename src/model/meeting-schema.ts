import * as z from 'zod'
import type {Meeting} from './meeting.js'

// The schema of what minutebook writes (`parse --json`, `/api/meetings/<slug>.json`), not of what an author types:
// objects are strict so a field the contract does not document fails the tests, and optional fields are left out,
// never `null`. `Meeting` in meeting.ts stays the one the code uses; the check at the end keeps the two equal.

const text = () => z.string()
const line = () => z.int().min(1).meta({description: '1-based line of the source file.'})
const anchor = () => z.string().min(1).meta({description: "Anchor of the agenda item (or logistics section) on the meeting's page."})
const count = () => z.int().min(0)

const person = z
  .strictObject({
    name: text(),
    role: text().exactOptional(),
    organization: text().exactOptional()
  })
  .meta({id: 'Person', description: 'A person as the minutes name them, with role and organisation when the text gives them.'})

const speaker = person
  .extend({
    items: z.array(text()).meta({description: 'Anchors of the items where they spoke.'}),
    unnamed: z.boolean().exactOptional().meta({description: 'True for "A representative from NYEMO" (named `Representative of NYEMO`).'})
  })
  .meta({id: 'Speaker', description: 'Someone who spoke in the meeting, merged across items.'})

const votes = z
  .strictObject({
    for: count().exactOptional(),
    against: count().exactOptional(),
    abstain: count().exactOptional()
  })
  .meta({id: 'Votes', description: 'The count of a vote, as far as the minutes give it.'})

const election = z
  .strictObject({
    name: text(),
    office: text().exactOptional(),
    votes: count().exactOptional()
  })
  .meta({id: 'Election', description: 'Someone elected or appointed at the meeting, to what office, with how many votes.'})

const decision = z
  .strictObject({
    text: text().meta({description: "The decision, or the motion's own words."}),
    item: anchor(),
    line: line(),
    outcome: z
      .enum(['carried', 'failed', 'withdrawn', 'deferred'])
      .exactOptional()
      .meta({description: 'What became of a motion; absent for a decision stated outright. Only `carried` counts as a decision in the registers.'}),
    mover: text().exactOptional().meta({description: 'Who moved (proposed) the motion.'}),
    seconder: text().exactOptional().meta({description: 'Who seconded the motion.'}),
    votes: votes.exactOptional(),
    unanimous: z.boolean().exactOptional().meta({description: '`true` when the minutes say the vote was unanimous.'}),
    elected: z.array(election).exactOptional().meta({description: 'For an election: who was elected to what.'})
  })
  .meta({id: 'Decision', description: 'A decision, a motion (carried, failed, withdrawn or deferred) or an election.'})

const action = z
  .strictObject({
    text: text(),
    owner: text().exactOptional().meta({description: 'Canonical name of the owner; several owners are joined with `; `.'}),
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .exactOptional()
      .meta({description: 'Due date as YYYY-MM-DD, when the text gives a full date.'}),
    done: z.boolean(),
    status: z.enum(['done', 'in-progress']).exactOptional().meta({description: 'The status the minutes state ("DONE", "IN PROCESS").'}),
    item: anchor(),
    line: line()
  })
  .meta({id: 'Action', description: 'An action item.'})

const recommendation = z
  .strictObject({
    text: text(),
    group: text().exactOptional().meta({description: 'The group (sub-heading or bold lead-in) that made it.'}),
    item: anchor(),
    line: line()
  })
  .meta({id: 'Recommendation', description: 'A recommendation.'})

const agendaItem = z
  .strictObject({
    number: text().exactOptional().meta({description: 'The leading number of the heading ("4", "4.1").'}),
    title: text(),
    anchor: anchor(),
    line: line(),
    depth: z.int().min(1).max(6).meta({description: 'Depth of the heading in the source.'}),
    speakers: z.array(person),
    decisions: z.array(decision),
    actions: z.array(action),
    recommendations: z.array(recommendation),
    points: z.array(text()).meta({description: 'Items of the lists that are not recommendations.'}),
    html: text().meta({description: "The item's own content as sanitised HTML."}),
    get items() {
      return z.array(agendaItem).meta({description: 'Sub-items.'})
    }
  })
  .meta({id: 'AgendaItem', description: 'One agenda item (a heading) with what was extracted from its own content.'})

const logistics = z
  .strictObject({
    kind: z.enum(['attendance', 'agenda', 'links', 'recording', 'schedule', 'next-meeting', 'other', 'preamble', 'heading']),
    title: text(),
    heading: z.boolean().meta({description: 'False when the title is a label inside the text ("Present: Ana, Bo").'}),
    anchor: anchor(),
    line: line(),
    depth: z.int().min(0).max(6),
    html: text().meta({description: 'The section as sanitised HTML.'})
  })
  .meta({id: 'Logistics', description: 'A part of the minutes that is not an agenda item: roll call, agenda as announced, links, schedule, next meeting, preamble.'})

/** The Meeting contract as a zod schema: what `minutebook parse --json` prints and each `/api/meetings/<slug>.json` holds. */
export const meetingDataSchema = z
  .strictObject({
    slug: text().min(1).meta({description: "File name without `.md`; the meeting's address."}),
    source: text().meta({description: 'Path of the file, relative to the archive root.'}),
    title: text(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .meta({description: 'Day of the meeting as YYYY-MM-DD.'}),
    series: text().exactOptional(),
    status: z.enum(['draft', 'approved']),
    chair: person.exactOptional(),
    location: text().exactOptional(),
    attendees: z.array(person),
    apologies: z.array(person),
    absent: z.array(person).exactOptional().meta({description: 'Members the roll call lists as absent without apologies.'}),
    approves: text().exactOptional().meta({description: 'Slug of the meeting whose minutes this meeting adopted.'}),
    closes: z.array(text()).exactOptional().meta({description: 'Actions of earlier meetings this meeting marks done (`closes:`).'}),
    custom: z.record(z.string(), z.unknown()).exactOptional().meta({description: 'Values of the archive\'s own front matter keys (`customFrontMatter` in `minutebook.yml`).'}),
    lang: text().exactOptional(),
    items: z.array(agendaItem).meta({description: 'The agenda items, in order.'}),
    logistics: z.array(logistics).meta({description: 'The parts that are not agenda items, in order.'}),
    speakers: z.array(speaker),
    organizations: z.array(text()),
    decisions: z.array(decision).meta({description: 'Every decision and motion of the meeting, in order.'}),
    actions: z.array(action).meta({description: 'Every action of the meeting, in order.'}),
    recommendations: z.array(recommendation).meta({description: 'Every recommendation of the meeting, in order.'})
  })
  .meta({
    title: 'minutebook Meeting',
    description: 'One meeting as `minutebook parse --json` prints it and `/api/meetings/<slug>.json` serves it. Lines are 1-based lines of the source file.'
  })

/** True when A and B are the same type, optional fields and all. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

// Fails to compile when the schema and the Meeting interface drift apart (a field added to one but not the other).
const schemaMatchesContract: Same<z.output<typeof meetingDataSchema>, Meeting> = true
void schemaMatchesContract
