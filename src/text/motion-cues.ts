import type {Outcome, Votes} from './outcomes.js'
import {compilePhrases, phraseAlternatives} from './phrases.js'
import type {RecordCues} from './record-cues.js'
import type {SharedCues} from './shared-cues.js'

/** The motion's words as a sentence: "that the Council object" -> "That the Council object". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const noun = /^(?:the\s+)?(?:motion|proposal|resolution|amendment|antrag|vorschlag|proposition|moción|propuesta|option\s+\w+|it)\s+/iu

/** Outcomes, vote counts, unanimity, motions with mover and seconder, and elections. */
export function createMotionCues(
  shared: SharedCues
): Pick<RecordCues, 'outcome' | 'isTrailingOutcome' | 'isOutcomeLine' | 'unanimous' | 'votes' | 'motion' | 'seconder' | 'isElection' | 'electionOffice'> {
  const {all, falseFriends, markerWord} = shared
  const outcomes: Array<[Outcome, RegExp | undefined]> = [
    ['withdrawn', compilePhrases(all((language) => language.motions.withdrawn))],
    ['deferred', compilePhrases(all((language) => language.motions.deferred))],
    ['failed', compilePhrases(all((language) => language.motions.failed))],
    ['carried', compilePhrases(all((language) => language.motions.carried))]
  ]
  const outcomeWords = phraseAlternatives(all((language) => [...language.motions.carried, ...language.motions.failed, ...language.motions.withdrawn, ...language.motions.deferred]))
  const unanimousWords = phraseAlternatives(all((language) => language.motions.unanimous))
  const unanimous = compilePhrases(all((language) => language.motions.unanimous))
  const forWords = phraseAlternatives(all((language) => language.motions.votesFor))
  const againstWords = phraseAlternatives(all((language) => language.motions.votesAgainst))
  const abstainWords = phraseAlternatives(all((language) => language.motions.votesAbstain))
  // Compiled once per side: votes() runs on every line of the minutes.
  const countsOf = (words: string): {before: RegExp; after: RegExp; loose: RegExp} => ({
    before: new RegExp(`(?<![\\d.:/-])(\\d{1,3})\\s*(?:votes?\\s+|stimmen\\s+|voix\\s+|votos\\s+)?(?:${words})(?![\\p{L}])`, 'iu'),
    after: new RegExp(`(?<![\\p{L}])(?:${words})\\s*[:=]\\s*(\\d{1,3})(?!\\d)`, 'iu'),
    loose: new RegExp(`(?<![\\p{L}])(?:${words})\\s+(\\d{1,3})(?![\\d.:])`, 'iu')
  })
  const counts: Record<keyof Votes, {before: RegExp; after: RegExp; loose: RegExp}> = {
    for: countsOf(forWords),
    against: countsOf(againstWords),
    abstain: countsOf(abstainWords)
  }
  const tally = /(?<![\d.:/-])(\d{1,3})\s*[-–:]\s*(\d{1,3})\s*[-–:]\s*(\d{1,3})(?![\d.:/-])/u
  const outcomeLine = new RegExp(
    `^(?:(?:was|is|has\\s+been|wurde|wird|est|a\\s+été|fue|es)\\s+)?(?:(?:${unanimousWords})\\s+)?(?:${outcomeWords})(?:\\s+(?:${unanimousWords}))?(?![\\p{L}])[\\s\\d.,:;()/+-]*(?:(?:${forWords}|${againstWords}|${abstainWords}|votes?|stimmen|voix|votos|to|of|for)[\\s\\d.,:;()/+-]*)*$`,
    'iu'
  )
  // Anchored at the end and free of a leading `.*`, so a line without a dash costs one pass, not one per character.
  const qualifiers = phraseAlternatives(all((language) => language.motions.qualifiers))
  const trailingOutcome = new RegExp(`\\s[-–—:]\\s*(?:${outcomeWords})(?:\\s+(?:${qualifiers})(?:\\s+\\S+){1,4}?)?[.!]?$`, 'iu')
  const moved = phraseAlternatives(all((language) => language.motions.moved))
  const seconded = phraseAlternatives(all((language) => language.motions.seconded))
  const motionAtStart = new RegExp(`^\\s*(?:\\*\\*)?(?:${moved})(?:\\*\\*)?\\s*(?:[:：]\\s*|\\s+(?=that\\b|to\\b|by\\b|von\\b|par\\b|por\\b|de\\b|que\\b|dass\\b))`, 'iu')
  const moverAfterBy = new RegExp(`^(?:by|von|par|por|de)\\s+([^,;:]{1,60}?)\\s*(?:[,;:]|\\s(?=that\\b|to\\b|que\\b|dass\\b)|$)`, 'iu')
  const movedInProse = new RegExp(`^(.{1,60}?)\\s+(?:moved|proposed|motions?|moves|proposes|beantragt|propose|propuso)\\s+(?:that|to|dass|que)\\s+(.+)$`, 'iu')
  const secondedBy = new RegExp(`(?:^|[\\s,;(])(?:${seconded})\\s*(?:[:：]\\s*|\\s+)(?:by\\s+|von\\s+|par\\s+|por\\s+)?([^,;.()]{1,60})`, 'iu')
  const elected = compilePhrases(all((language) => language.motions.elected))
  const election = new RegExp(`^(?:${phraseAlternatives(all((language) => language.motions.election))})\\s+(.+)$`, 'iu')

  return {
    outcome(text) {
      if (falseFriends?.test(text)) return undefined
      for (const [outcome, pattern] of outcomes) if (pattern?.test(text)) return outcome
      return undefined
    },
    isTrailingOutcome(text) {
      const trimmed = text.trim()
      // Only the last few dozen characters can hold the dash and the outcome.
      const match = trailingOutcome.exec(trimmed.slice(-60))
      return match !== null && trimmed.length > match[0].length + 2 && !falseFriends?.test(text)
    },
    isOutcomeLine(text) {
      const plain = text.replace(/\*+/g, '').replace(/^[\s>(\[-]+|[\s)\].!]+$/gu, '').trim()
      if (plain === '' || plain.split(/\s+/u).length > 12 || falseFriends?.test(text)) return false
      // "RESOLVED MOTION PASSES no dissent": a decision word without its colon may open the outcome.
      const unmarked = plain.replace(markerWord, '')
      return outcomeLine.test(plain.replace(noun, '')) || (unmarked !== plain && outcomeLine.test(unmarked.replace(noun, '')))
    },
    unanimous(text) {
      return unanimous?.test(text) === true
    },
    votes(text) {
      const found: Votes = {}
      // "3 for", "for: 3", "Ja: 5"; and "Ja 5 / Nein 0" only when both sides are counted, so "approved for 2024"
      // or "for 12 months" is no vote.
      const take = (key: keyof Votes, loose: boolean) => {
        if (found[key] !== undefined) return
        const patterns = counts[key]
        const match = patterns.before.exec(text) ?? (loose ? patterns.loose : patterns.after).exec(text)
        if (match && Number(match[1]) < 1000) found[key] = Number(match[1])
      }
      for (const loose of [false, true]) {
        take('for', loose)
        take('against', loose)
        take('abstain', loose)
        if (!loose && (found.for !== undefined || found.against !== undefined)) break
        if (loose && (found.for === undefined || found.against === undefined)) {
          delete found.for
          delete found.against
          delete found.abstain
        }
      }
      if (found.for === undefined && found.against === undefined) {
        const three = tally.exec(text)
        if (three) return {for: Number(three[1]), against: Number(three[2]), abstain: Number(three[3])}
        return found.abstain === undefined ? undefined : found
      }
      return found
    },
    motion(text) {
      const start = motionAtStart.exec(text)
      if (start) {
        let rest = text.slice(start[0].length)
        let mover: string | undefined
        const by = moverAfterBy.exec(rest)
        if (by) {
          mover = by[1]!.trim()
          rest = rest.slice(by[0].length)
        } else if (/[:：]\s*$/u.test(start[0])) {
          // "Moved: Ana  Seconded: Bo": a name alone (two words at most) before the next label.
          const name = /^([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})(?=\s*(?:[.]?$|[.,;]\s|\s{2,}|\s+(?:[Ss]econded|[Uu]nterstützt|[Aa]ppuyée?|[Ss]ecundad[oa])\b))/u.exec(rest)
          if (name) {
            mover = name[1]
            rest = rest.slice(name[0].length).replace(/^\s*[.]\s*/u, ' ')
          }
        }
        const second = secondedBy.exec(rest)
        let seconder: string | undefined
        if (second) {
          seconder = second[1]!.trim()
          rest = (rest.slice(0, second.index) + rest.slice(second.index + second[0].length)).trim()
        }
        rest = capitalise(rest.replace(/^[\s,;:]+/u, ''))
        return {...(mover === undefined ? {} : {mover}), ...(seconder === undefined ? {} : {seconder}), rest: rest.trim()}
      }
      const prose = movedInProse.exec(text)
      if (prose) {
        let rest = prose[2]!
        let seconder: string | undefined
        const second = secondedBy.exec(rest)
        if (second) {
          seconder = second[1]!.trim()
          rest = rest.slice(0, second.index).replace(/[\s;,]+$/u, '')
        }
        return {mover: prose[1]!.trim(), ...(seconder === undefined ? {} : {seconder}), rest: capitalise(`${prose[0].slice(prose[1]!.length).trim().split(/\s+/u)[1]} ${rest.trim()}`), prose: true}
      }
      return undefined
    },
    seconder(text) {
      const match = secondedBy.exec(text)
      return match ? match[1]!.trim() : undefined
    },
    isElection(text) {
      return elected?.test(text) === true
    },
    electionOffice(title) {
      const match = election.exec(title.trim())
      return match ? match[1]!.replace(/[:.]+$/u, '').trim() : undefined
    }
  }
}
