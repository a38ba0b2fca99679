import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

// Invented minutes in the corpus layout (corpus/<source>/<path> plus expected/<name>.json), so the accuracy
// bench is tested end to end without a word of the real corpus, which is other people's text.

/** The English meeting: its own YAML front matter (replaced before parsing), a logistics heading, two topics. */
export const gardenClub = `---
layout: minutes
title: Garden club, March
---

## Attendance

Present: Ann Lee, Bo Chan, Cy Diaz. Apologies: Dee Eng.

## 1. Compost bins

**Ann Lee:** The old bins are cracked and the lids no longer close.

**Decision:** The club buys two new compost bins from the spring budget.

ACTION: Bo Chan to order the compost bins by 2024-03-31.

## 2. Seed swap

Bo Chan reported that the seed swap drew forty visitors.
`

/** The German meeting: Nikola-style metadata lines instead of a YAML fence, a labelled speaker, a task item. */
export const verein = `title: Vereinstreffen November
date: 2023-11-10

## Begrüßung

Anwesend: Jana Vogt, Timo Brandt

## Kassenbericht

**Jana Vogt:** Die Kasse ist ausgeglichen.

Beschluss: Der Mitgliedsbeitrag bleibt bei zwölf Euro im Jahr.

- [ ] Timo Brandt: Mitgliederliste bis Dezember aktualisieren
`

const person = (name: string) => ({name, org: null, role: null, as_written: name})
const speaker = (name: string, minor = false) => ({as_written: [name], name, role: null, org: null, minor})

/** The expectations, in the corpus's format, keyed by file name. The third names a copy that is not there. */
export const expectations = {
  'garden-club__2024-03-05': {
    source: 'garden-club',
    path: '2024-03-05.md',
    sample_copy: 'corpus/garden-club/2024-03-05.md',
    language: 'en',
    meeting: {title: 'Garden club committee', date: '2024-03-05'},
    agenda_items: [
      {title: 'Compost bins', level: 1, parent: null},
      {title: 'Seed swap', level: 1, parent: null}
    ],
    non_agenda_sections: ['Attendance'],
    borderline_sections: [],
    attendees: [person('Ann Lee'), person('Bo Chan'), person('Cy Diaz')],
    apologies: ['Dee Eng'],
    speakers: [speaker('Ann Lee'), speaker('Bo Chan')],
    decisions: [
      {
        text: 'Two new compost bins from the spring budget.',
        quotes: ['The club buys two new compost bins from the spring budget.'],
        agenda_item: 'Compost bins',
        explicit: true
      }
    ],
    actions: [
      {
        text: 'Order the compost bins.',
        quotes: ['Bo Chan to order the compost bins by 2024-03-31.'],
        owner: 'Bo Chan',
        owner_as_written: ['Bo Chan'],
        due: '2024-03-31',
        agenda_item: 'Compost bins'
      }
    ],
    notes: 'Invented for the tests.'
  },
  'verein__2023-11-10': {
    source: 'verein',
    path: '2023-11-10.md',
    sample_copy: 'corpus/verein/2023-11-10.md',
    language: 'de',
    meeting: {title: 'Vereinstreffen', date: '2023-11-10'},
    agenda_items: [
      {title: 'Begrüßung', level: 1, parent: null},
      {title: 'Kassenbericht', level: 1, parent: null}
    ],
    non_agenda_sections: [],
    borderline_sections: [],
    attendees: [person('Jana Vogt'), person('Timo Brandt')],
    apologies: [],
    speakers: [speaker('Jana Vogt')],
    decisions: [
      {
        text: 'Mitgliedsbeitrag bleibt bei zwölf Euro.',
        quotes: ['Der Mitgliedsbeitrag bleibt bei zwölf Euro im Jahr.'],
        agenda_item: 'Kassenbericht',
        explicit: true
      }
    ],
    actions: [
      {
        text: 'Mitgliederliste aktualisieren.',
        quotes: ['Timo Brandt: Mitgliederliste bis Dezember aktualisieren'],
        owner: 'Timo Brandt',
        owner_as_written: ['Timo Brandt'],
        due: null,
        agenda_item: 'Kassenbericht'
      }
    ],
    notes: 'Invented for the tests.'
  },
  'lost__2022-01-01': {
    source: 'lost',
    path: '2022-01-01.md',
    sample_copy: 'corpus/lost/2022-01-01.md',
    language: 'en',
    meeting: {title: 'Lost', date: '2022-01-01'},
    agenda_items: [{title: 'Anything', level: 1, parent: null}],
    notes: 'Its copy is deliberately absent.'
  }
}

/** Writes the synthetic corpus into a new temporary folder and returns the folder. */
export function writeSyntheticCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-accuracy-corpus-'))
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  write('corpus/garden-club/2024-03-05.md', gardenClub)
  write('corpus/verein/2023-11-10.md', verein)
  for (const [name, expected] of Object.entries(expectations)) write(`expected/${name}.json`, JSON.stringify(expected, null, 2) + '\n')
  return dir
}
