/**
 * The Archive: every published meeting plus what is built across meetings (people, organisations,
 * series, years, registers, approvals). Plain JSON-serialisable data the site's templates read.
 */
import type {Action, AgendaItem, Decision, Meeting, Recommendation} from '../model/meeting.js'

/** A short reference to a meeting, enough to link to it. */
export interface MeetingRef {
  slug: string
  title: string
  date: string
  series?: string
}

/** A reference to one agenda item of a meeting, enough to link to its anchor. */
export interface ItemRef {
  anchor: string
  title: string
  number?: string
}

/** One meeting with what the archive knows about it across meetings. */
export interface MeetingEntry {
  meeting: Meeting
  year: string
  seriesSlug?: string
  previous?: MeetingRef
  next?: MeetingRef
  /** The meeting whose minutes these minutes adopt (`approves:`), when it is in the archive. */
  approves?: MeetingRef
  /** The later meeting that adopted these minutes. */
  adoptedAt?: MeetingRef
  /** Person page slug for every spelling of a name used in this meeting. */
  personSlugs: Record<string, string>
  /** Organisation page slug for every spelling of an organisation used in this meeting. */
  organizationSlugs: Record<string, string>
}

/** One item a person spoke in, with the role and organisation the minutes gave them at that meeting. */
export interface Contribution {
  meeting: MeetingRef
  item: ItemRef
  role?: string
  organization?: string
}

/** How a person took part in a meeting (chair, attendee or sent apologies). */
export interface Attendance {
  meeting: MeetingRef
  as: 'chair' | 'attendee' | 'apologies'
  role?: string
  organization?: string
}

/** A person before the registers are made: every spelling merged, what they said and where they were. */
export interface PersonBase {
  slug: string
  name: string
  /** Other spellings the minutes used, sorted. */
  aliases: string[]
  role?: string
  organization?: string
  organizationSlug?: string
  contributions: Contribution[]
  attendance: Attendance[]
}

/** One person page: the person with the actions they own and the motions they moved or seconded, across meetings. */
export interface PersonEntry extends PersonBase {
  /** Actions of the actions register this person owns (alone or with others), in the order raised. */
  actions: ActionEntry[]
  /** Motions this person moved or seconded, carried or not, in meeting order. */
  motions: PersonMotion[]
}

/** A reference to an organisation page. */
export interface OrganizationRef {
  slug: string
  name: string
}

/** One organisation page: name, short name and aliases merged. */
export interface OrganizationEntry {
  slug: string
  name: string
  short?: string
  aliases: string[]
  parent?: OrganizationRef
  children: OrganizationRef[]
  /** People whose organisation this is (or was, at some meeting). */
  people: {slug: string; name: string}[]
  /** Meetings where the organisation appears, in date order. */
  meetings: MeetingRef[]
}

/** A series (the body that met) and its meetings in date order. */
export interface SeriesEntry {
  slug: string
  name: string
  meetings: MeetingRef[]
}

/** One year and its meetings in date order. */
export interface YearEntry {
  year: string
  meetings: MeetingRef[]
}

/** A decision (or a motion that was not carried) with its source meeting and item. */
export interface DecisionEntry {
  decision: Decision
  meeting: MeetingRef
  item: ItemRef
  /** Person page slug of the mover, the seconder and the people elected, by the spelling the decision uses. */
  personSlugs: Record<string, string>
}

/** A motion on a person's page: the decision entry and whether the person moved or seconded it. */
export interface PersonMotion extends DecisionEntry {
  as: 'mover' | 'seconder'
}

/** One owner of an action (an action may have several), with their person page when they have one. */
export interface ActionOwner {
  name: string
  slug?: string
}

/** An action followed across meetings: where it was raised, carried and closed. */
export interface ActionEntry {
  /** The action ledger's stable id (`<meeting slug>/<first words>`), what `closes:` may list. */
  id: string
  action: Action
  /** The meeting that raised it, and its item. */
  meeting: MeetingRef
  item: ItemRef
  done: boolean
  /** `done` once closed; `in-progress` while open when the minutes said so ("IN PROCESS"); else `open`. */
  status: 'open' | 'in-progress' | 'done'
  /** Every owner the action names, in order. */
  owners: ActionOwner[]
  /** Later meetings that listed it again, still open. */
  carriedIn: MeetingRef[]
  /** The meeting (and item, for a checked task) that marked it done. */
  closedIn?: MeetingRef
  closedItem?: ItemRef
  /** The person page of the owner, when the action has one owner and they have a page (see `owners` for several). */
  ownerSlug?: string
}

/** Recommendations of one agenda item, grouped by their `group`. */
export interface RecommendationItemGroup {
  meeting: MeetingRef
  item: ItemRef
  groups: {group?: string; recommendations: Recommendation[]}[]
}

/** The whole archive as the site renders it. */
export interface Archive {
  title: string
  meetings: MeetingEntry[]
  people: PersonEntry[]
  organizations: OrganizationEntry[]
  series: SeriesEntry[]
  years: YearEntry[]
  /** The decisions register: decisions stated outright and carried motions. */
  decisions: DecisionEntry[]
  /** Motions that failed, were withdrawn or were deferred: recorded, and shown apart from the decisions. */
  motionsNotCarried: DecisionEntry[]
  actions: ActionEntry[]
  recommendations: RecommendationItemGroup[]
}

/** Every agenda item of a meeting, sub-items included, in document order. */
export function flattenItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flattenItems(item.items)])
}
