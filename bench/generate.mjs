// Deterministic generator of realistic meetings for the benchmark: seed-like minutes of 8-10 KB with a
// dozen agenda items, named speakers with honorifics, roles and organisations in prose, group reports as
// lists, decisions, task-list actions, a Zipf-distributed vocabulary of real and made-up words, and a few
// non-Latin names. Same count, same bytes, every time.
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

/** A small seeded PRNG (mulberry32): the generator must not depend on Math.random. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const common = `the of and to in a is that for on was with as by be at this from are it an were have which has
been will their they not but all also more its would about there can should these other between government
meeting group working national provincial report data law agencies migrants trafficking prevention protection
support training information police victims border cooperation coordination plan action program project
community shelter services children women labour recruitment policy ministry partners agreement review
implementation research evaluation funding donors network referral legal justice court case management
dissemination outreach awareness hotline database indicators progress strategy framework capacity`.split(/\s+/)

const syllables = 'ka ri to ma ne lo su pa de vi ro na te mi sa lu be ko da fi ga ho ja ke la mo nu pe qui ra se ti vo wa xe yo zu'.split(' ')

function vocabulary(rand, size) {
  const words = new Set(common)
  while (words.size < size) {
    const length = 2 + Math.floor(rand() * 3)
    let word = ''
    for (let index = 0; index < length; index++) word += syllables[Math.floor(rand() * syllables.length)]
    words.add(word)
  }
  return [...words]
}

const firstNames = ['Kristy', 'Matt', 'Lesley', 'John', 'Helen', 'Bettina', 'Dara', 'Sophea', 'Vanna', 'Chenda', 'Rithy', 'Maria', 'Ahmed', 'Grace', 'Peter', 'Nimol', 'Sokha', 'Bopha', 'Laura', 'David']
const lastNames = ['Fleming', 'Friedman', 'Miller', 'McGeoghan', 'Sworn', 'Maas', 'Sok', 'Chan', 'Keo', 'Heng', 'Lim', 'Garcia', 'Hassan', 'Okafor', 'Novak', 'Ouk', 'Meas', 'Tan', 'Rossi', 'Kim']
const khmerNames = ['សុខ ដារា', 'ចាន់ សុភា', 'កែវ វណ្ណា']
const honorifics = ['Mr', 'Ms', 'Mrs', 'Dr', 'H.E.', '']
const roles = ['Project Advisor', 'Director General', 'Executive Director', 'Programme Officer', 'Regional Program Manager', 'Legal Officer', 'Country Director']
const organizations = ['UNIAP', 'UNICEF', 'IOM', 'CCPCR', 'Chab Dai', 'NYEMO', 'ILO', 'World Vision', 'Ministry of Justice', 'Ministry of Interior', 'Ministry of Social Affairs, Veterans and Youth Rehabilitation']
const verbs = ['presented', 'explained', 'reported', 'noted', 'emphasised', 'proposed', 'asked', 'added', 'outlined', 'suggested']
const series = ['Stakeholder Meeting', 'Coordination Group on Prevention', 'Coordination Group on Criminal Justice', 'Protection Working Group', 'Policy and Cooperation Group', 'Provincial Taskforce']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)]
}

function zipfWord(rand, words) {
  // Zipf-like: low ranks far more often, yet the tail is reached.
  const rank = Math.floor(Math.pow(words.length, rand() ** 1.6)) - 1
  return words[Math.max(0, Math.min(words.length - 1, rank))]
}

function sentence(rand, words, length) {
  const parts = []
  for (let index = 0; index < length; index++) parts.push(zipfWord(rand, words))
  const text = parts.join(' ')
  return text[0].toUpperCase() + text.slice(1) + '.'
}

function person(rand) {
  if (rand() < 0.04) return {name: pick(rand, khmerNames), honorific: ''}
  return {name: `${pick(rand, firstNames)} ${pick(rand, lastNames)}`, honorific: pick(rand, honorifics)}
}

function paragraph(rand, words, sentences) {
  return Array.from({length: sentences}, () => sentence(rand, words, 10 + Math.floor(rand() * 14))).join(' ')
}

function item(rand, words, index, date) {
  const lines = [`## ${index}. ${sentence(rand, words, 3 + Math.floor(rand() * 4)).slice(0, -1)}`, '']
  const speaker = person(rand)
  const named = speaker.honorific ? `${speaker.honorific} ${speaker.name}` : speaker.name
  lines.push(`${named}, ${pick(rand, roles)} of ${pick(rand, organizations)} ${pick(rand, verbs)} ${paragraph(rand, words, 2).toLowerCase()}`, '')
  lines.push(paragraph(rand, words, 2 + Math.floor(rand() * 2)), '')
  const kind = rand()
  if (kind < 0.25) {
    lines.push('The group would like to recommend the following:', '')
    for (let group = 1; group <= 2; group++) {
      lines.push(`**Group ${group}**`, '')
      for (let bullet = 0; bullet < 3 + Math.floor(rand() * 3); bullet++) lines.push(`- ${sentence(rand, words, 5 + Math.floor(rand() * 8)).slice(0, -1)}`)
      lines.push('')
    }
  } else if (kind < 0.5) {
    lines.push(`**Decision:** ${sentence(rand, words, 12)}`, '')
  } else if (kind < 0.7) {
    const owner = person(rand).name
    const [year] = date.split('-')
    lines.push(`- [${rand() < 0.3 ? 'x' : ' '}] ${owner} to ${zipfWord(rand, words)} the ${zipfWord(rand, words)} by ${1 + Math.floor(rand() * 28)} ${pick(rand, months)} ${year}`, '')
  } else {
    for (let bullet = 0; bullet < 3; bullet++) lines.push(`- ${sentence(rand, words, 6).slice(0, -1)}`)
    lines.push('')
  }
  const other = person(rand)
  lines.push(`${other.name} from ${pick(rand, organizations)} ${pick(rand, verbs)} that ${paragraph(rand, words, 1).toLowerCase()}`, '')
  return lines.join('\n')
}

/** The text and path of meeting number `index` (0-based) of a generated archive. */
export function generateMeeting(index, words) {
  const rand = random(1000 + index)
  const day = index % 28
  const monthIndex = Math.floor(index / 28) % 12
  const year = 2000 + Math.floor(index / (28 * 12))
  const date = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`
  const body = series[index % series.length]
  const slug = `${date}-${body.toLowerCase().replace(/[^a-z]+/g, '-')}-${index}`
  const items = ['## 1. Welcome and introductions', '', `The Chair, ${person(rand).name}, welcomed attendees.`, '', '## 2. Review and adoption of minutes', '', 'The minutes were adopted without amendment.', '']
  let text = ''
  for (let number = 3; text.length < 7600; number++) {
    items.push(item(rand, words, number, date))
    text = items.join('\n')
  }
  // Some minutes point to a web page or give an e-mail address (the seed gives one); a separate stream of random
  // numbers keeps the rest of each meeting as it was.
  const extra = random(5000 + index)
  const site = pick(extra, organizations).toLowerCase().replace(/[^a-z]+/g, '')
  if (extra() < 0.3) text += `\nThe full report is published at www.${site}.org/reports/${year}.\n`
  if (extra() < 0.1) text += `\nComments on the draft go to the secretariat, secretariat@${site}.org, within two weeks.\n`
  const front = ['---', `title: ${body} ${months[monthIndex]} ${year}`, `date: ${date}`, `series: ${body}`, 'status: approved', `location: Phnom Penh`, '---', '', ''].join('\n')
  return {path: join('meetings', String(year), `${slug}.md`), text: front + text + '\n'}
}

/** Writes `count` meetings under `root/meetings`; returns their paths. */
export async function generateArchive(root, count) {
  const words = vocabulary(random(7), 12000)
  const paths = []
  for (let index = 0; index < count; index++) {
    const {path, text} = generateMeeting(index, words)
    await mkdir(join(root, path, '..'), {recursive: true})
    await writeFile(join(root, path), text)
    paths.push(path)
  }
  return paths
}
