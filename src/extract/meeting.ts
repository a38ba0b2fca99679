import type {Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {AgendaItem, Logistics, Meeting, Person} from '../model/meeting.js'
import {detectLanguage} from '../text/detect-language.js'
import {cueSetFor} from '../text/languages/index.js'
import {sectionActions} from './actions.js'
import {extractAttendance, type AttendancePerson} from './attendance/attendance.js'
import type {Section} from './context.js'
import {sectionDecisions} from './decisions.js'
import {renderSections} from './html.js'
import {extractOrganizations} from './organizations.js'
import {buildOutline} from './outline/outline.js'
import {meetingPeople} from './people/meeting-people.js'
import {makePerson} from './people/person.js'
import {canonicalOrganization} from './people/registry-organizations.js'
import {sectionPoints, sectionRecommendations} from './recommendations.js'
import {extractSpeakers} from './speakers.js'
import {blockText} from './text/block-text.js'
import type {ActionReader} from './text/action-text.js'
import {classifySection, type Unit} from './text/classify.js'
import {ownerResolver} from './people/owners.js'
import {withoutRestatements} from './restatements.js'

// The first words are enough to tell the language, and reading more would cost time on long minutes.
const languageSample = 20_000

/** The first words of the minutes, read with an explicit stack (lists may nest deeper than the call stack). */
function sampleText(tree: Root): string {
  let text = ''
  for (const node of tree.children) {
    if (text.length >= languageSample) break
    text += blockText(node) + ' '
  }
  return text.slice(0, languageSample)
}

/** A Person without the spellings used to resolve it (aliases are never published). */
function toPerson(person: AttendancePerson): Person {
  return makePerson(person.name, person.role, person.organization)
}

/** A meeting as extracted, with the sanitised tree behind each section's HTML. */
export interface ExtractedMeeting {
  meeting: Meeting
  /**
   * The tree each agenda item's or logistics section's `html` was stringified from (sections without content have
   * none); never part of the Meeting. The per-meeting outputs are made from it instead of parsing the HTML back.
   */
  trees: ReadonlyMap<AgendaItem | Logistics, HastRoot>
}

/** Runs every extractor over a parsed, private-free, redacted tree and assembles the Meeting. */
export function extractMeeting(tree: Root, file: VFile, frontMatter: FrontMatter, config: Config): ExtractedMeeting {
  const lang = frontMatter.lang ?? detectLanguage(sampleText(tree), config.lang)
  const cues = cueSetFor(lang)
  const outline = buildOutline(tree.children, cues, frontMatter.title)
  const {sections} = outline
  const attendance = extractAttendance(outline.attendance, frontMatter, cues)
  for (const disagreement of attendance.disagreements) {
    file.message(
      `Unexpected \`${disagreement.name}\` in the attendance of the minutes, expected one of the front matter \`attendees\` (the front matter wins)`,
      {place: {line: disagreement.line, column: 1}, ruleId: 'attendance-mismatch', source: 'minutebook'}
    )
  }
  // The speakers' reading adds the names it reads to its own index; owners then know the speakers as values.
  const people = meetingPeople(config, attendance)
  const canonical = (text: string): string => canonicalOrganization(config, text)
  const spoken = extractSpeakers(sections, meetingPeople(config, attendance), cues, canonical)
  for (const speaker of spoken.speakers) {
    if (speaker.unnamed !== true && people.index.lookup(speaker.name) === undefined) people.index.add({name: speaker.name}, [speaker.name], false)
  }
  const reader: ActionReader = {records: cues.records, owner: ownerResolver(people, cues, canonical), person: (name) => people.index.resolve(name)?.name}
  const classified = new Map(sections.map((section) => [section, classifySection(section, config.recommendationCues, reader)]))
  const units = new Map<Section, Unit[]>([...classified].map(([section, found]) => [section, found.units]))
  for (const found of classified.values()) {
    for (const motion of found.unfinished) {
      file.message('Unexpected motion without an outcome, expected a line such as `Carried`, `Failed` or `Withdrawn` after it', {
        place: {line: motion.line, column: 1},
        ruleId: 'motion-without-outcome',
        source: 'minutebook'
      })
    }
  }
  const rendered = renderSections(sections, file)
  const trees = new Map<AgendaItem | Logistics, HastRoot>()
  /** Keeps the sanitised tree behind `part`'s HTML, when it has one. */
  const withTree = <Part extends AgendaItem | Logistics>(part: Part, section: Section): Part => {
    const sanitised = rendered.get(section)?.tree
    if (sanitised !== undefined) trees.set(part, sanitised)
    return part
  }

  // Each section's records once, for its agenda item and for the meeting's lists alike.
  const collects = (section: Section): boolean => cues.records.kindOfTitle(section.title) !== undefined
  const decisionsOf = withoutRestatements(sections, (section) => sectionDecisions(section, units.get(section)!), collects)
  const actionsOf = withoutRestatements(sections, (section) => sectionActions(section, units.get(section)!), collects)
  const recommendationsOf = new Map(sections.map((section) => [section, sectionRecommendations(section, units.get(section)!)]))
  const itemOf = (section: Section): AgendaItem => {
    const own = units.get(section)!
    const item: AgendaItem = {
      ...(section.number === undefined ? {} : {number: section.number}),
      title: section.title,
      anchor: section.anchor,
      line: section.line,
      depth: section.depth,
      speakers: spoken.bySection.get(section) ?? [],
      decisions: decisionsOf.get(section)!,
      actions: actionsOf.get(section)!,
      recommendations: recommendationsOf.get(section)!,
      points: sectionPoints(own),
      html: rendered.get(section)?.html ?? '',
      items: section.children.map(itemOf)
    }
    return withTree(item, section)
  }
  const items = sections.filter((section) => section.kind === 'topic' && section.parent === undefined).map(itemOf)
  const logistics: Logistics[] = sections
    .filter((section) => section.kind === 'logistics')
    .map((section) =>
      withTree(
        {
          kind: section.logistics ?? 'other',
          title: section.title,
          heading: section.heading,
          anchor: section.anchor,
          line: section.line,
          depth: section.depth,
          html: rendered.get(section)?.html ?? ''
        },
        section
      )
    )
  const decisions = sections.flatMap((section) => decisionsOf.get(section)!)
  const actions = sections.flatMap((section) => actionsOf.get(section)!)
  const recommendations = sections.flatMap((section) => recommendationsOf.get(section)!)
  const attendees = attendance.attendees.map(toPerson)
  const chair = attendance.chair === undefined ? undefined : toPerson(attendance.chair)
  const meeting: Meeting = {
    slug: '',
    source: file.path ?? '',
    title: frontMatter.title,
    date: frontMatter.date,
    ...(frontMatter.series === undefined ? {} : {series: frontMatter.series}),
    status: frontMatter.status,
    ...(chair === undefined ? {} : {chair}),
    ...(frontMatter.location === undefined ? {} : {location: frontMatter.location}),
    attendees,
    apologies: attendance.apologies.map(toPerson),
    ...(attendance.absent.length === 0 ? {} : {absent: attendance.absent.map(toPerson)}),
    ...(frontMatter.approves === undefined ? {} : {approves: frontMatter.approves}),
    ...(frontMatter.closes.length === 0 ? {} : {closes: frontMatter.closes}),
    ...(frontMatter.lang === undefined ? {} : {lang: frontMatter.lang}),
    items,
    logistics,
    speakers: spoken.speakers,
    organizations: extractOrganizations(config, [...attendees, ...(chair ? [chair] : []), ...spoken.speakers], spoken.phrases),
    decisions,
    actions,
    recommendations
  }
  return {meeting, trees}
}
