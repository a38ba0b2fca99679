import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from '../model/config.js'
import type {FrontMatter} from '../model/front-matter.js'
import type {AgendaItem, Meeting, Person} from '../model/meeting.js'
import {extractActions} from './actions.js'
import type {ExtractContext} from './context.js'
import {extractDecisions} from './decisions.js'
import {renderItemHtml} from './html.js'
import {extractOrganizations} from './organizations.js'
import {extractRecommendations} from './recommendations.js'
import {buildSections} from './sections.js'
import {extractSpeakers} from './speakers.js'

function toPerson(entry: {name: string; role?: string; organization?: string}): Person {
  return {
    name: entry.name,
    ...(entry.role === undefined ? {} : {role: entry.role}),
    ...(entry.organization === undefined ? {} : {organization: entry.organization})
  }
}

function flatten(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.items)])
}

/** Runs every extractor over a parsed, private-free, redacted tree and assembles the Meeting. */
export function extractMeeting(tree: Root, file: VFile, frontMatter: FrontMatter, config: Config): Meeting {
  const {top, all} = buildSections(tree)
  const context: ExtractContext = {file, frontMatter, config, sections: all}
  const speakers = extractSpeakers(context)
  extractDecisions(context)
  extractActions(context)
  extractRecommendations(context)
  renderItemHtml(context)
  const items = top.map((section) => section.item)
  const every = flatten(items)
  return {
    slug: '',
    source: file.path ?? '',
    title: frontMatter.title,
    date: frontMatter.date,
    ...(frontMatter.series === undefined ? {} : {series: frontMatter.series}),
    status: frontMatter.status,
    ...(frontMatter.chair === undefined ? {} : {chair: toPerson(frontMatter.chair)}),
    ...(frontMatter.location === undefined ? {} : {location: frontMatter.location}),
    attendees: frontMatter.attendees.map(toPerson),
    apologies: frontMatter.apologies.map(toPerson),
    ...(frontMatter.approves === undefined ? {} : {approves: frontMatter.approves}),
    ...(frontMatter.closes.length === 0 ? {} : {closes: frontMatter.closes}),
    ...(frontMatter.lang === undefined ? {} : {lang: frontMatter.lang}),
    items,
    speakers,
    organizations: extractOrganizations(context, speakers),
    decisions: every.flatMap((item) => item.decisions),
    actions: every.flatMap((item) => item.actions),
    recommendations: every.flatMap((item) => item.recommendations)
  }
}
