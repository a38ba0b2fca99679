import type {Outcome, Votes} from './outcomes.js'
import type {Language} from './languages/language.js'
import {compilePhrases, phraseAlternatives} from './phrases.js'

/** What an explicit marker at the start of a paragraph, line or list item declares. */
export type MarkerKind = 'decision' | 'action' | 'recommendation'

/** A marker found at the start of a text, and the text after it. */
export interface Marker {
  kind: MarkerKind
  rest: string
}

export type {Outcome, Votes} from './outcomes.js'

/**
 * The words of decisions, motions, votes and actions of a meeting's languages, compiled once: markers at the start
 * of a line, headings of decision and action lists, decision prose, outcomes, vote counts, statuses and deadlines.
 */
export interface RecordCues {
  marker(text: string): Marker | undefined
  startsWithMarker(line: string): boolean
  /** The kind a heading or lead-in gives its lists when it is nothing but that kind ("Decisions", "Aufgaben"). */
  kindOfTitle(title: string): MarkerKind | undefined
  /** True when a sentence records a decision in prose and is not a question, a condition or a false friend. */
  isDecision(sentence: string): boolean
  /** True for prose that looks like a decision and is not ("carried forward", "wird später entschieden"). */
  isNotDecision(text: string): boolean
  /** The outcome a text states: carried, failed, withdrawn or deferred. */
  outcome(text: string): Outcome | undefined
  /** True when a line ends with its outcome after a dash: "Secure Messaging Protocol Public License - approved". */
  isTrailingOutcome(text: string): boolean
  /** True when a text is nothing but an outcome (and votes): "Motion carried (3 for, 0 against).", "Passes", "Vertagt". */
  isOutcomeLine(text: string): boolean
  unanimous(text: string): boolean
  votes(text: string): Votes | undefined
  /** A motion opening: "Moved: A", "Moved by A, seconded by B, that ...", "PROPOSAL: ...", "A proposed that ...". */
  motion(text: string): {mover?: string; seconder?: string; rest: string; prose?: boolean} | undefined
  /** "Seconded: B", "seconded by B". */
  seconder(text: string): string | undefined
  /** True when a text says someone was elected ("was elected", "gewählt", "élu"). */
  isElection(text: string): boolean
  /** The office an election heading names: "Vote for the President" -> "President". */
  electionOffice(title: string): string | undefined
  /** A done or in-progress word in an action ("DONE", "IN PROCESS", "erledigt"), and the text without it. */
  status(text: string): {status?: 'done' | 'in-progress'; text: string}
  /** True for an owner that is everyone ("All", "Alle", "Tous"). */
  isEveryone(word: string): boolean
  /** The words that follow an owner in a task, as a pattern ("to", "will", "wird", "va"). */
  ownerFollow: RegExp
  /** Words that introduce a deadline. */
  dueWords: RegExp | undefined
  /** True when a sentence sets a task no one owns: "We need to update the page", "Invitation to be sent next week". */
  isUnownedTask(sentence: string): boolean
  /** The words after the agent of a task in the passive ("will be investigated by Kate." -> "Kate."), if there is one. */
  passiveAgent(sentence: string): string | undefined
  /** True when a text opens with a verb of work in the imperative: "Review #9125", "ping Dana for feedback". */
  isImperativeTask(text: string): boolean
  /** Month number (1-12) by name or abbreviation, any language of the set. */
  month(name: string): number | undefined
  /** The month names as one alternation, for date patterns. */
  monthAlternatives: string
}

/** The motion's words as a sentence: "that the Council object" -> "That the Council object". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const noun = /^(?:the\s+)?(?:motion|proposal|resolution|amendment|antrag|vorschlag|proposition|moción|propuesta|option\s+\w+|it)\s+/iu

/** Compiles the record cues of some languages. */
export function createRecordCues(languages: readonly Language[]): RecordCues {
  const all = <T>(pick: (language: Language) => readonly T[]): T[] => languages.flatMap(pick)
  const recommendation = /^\s*(?:\*\*)?\s*recommendations?\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*/iu
  const markerPattern = (words: readonly string[]): RegExp =>
    new RegExp(`^\\s*(?:\\*\\*)?\\s*(?:${phraseAlternatives(words)})\\s*(?:\\*\\*)?\\s*(?:[:：]|\\s[-–—]\\s|[–—])\\s*(?:\\*\\*)?\\s*`, 'iu')
  const markerWord = new RegExp(`^(?:${phraseAlternatives(all((language) => language.decisions.markers))})\\s+(?=\\S)`, 'iu')
  const markers: Array<[MarkerKind, RegExp]> = [
    ['decision', markerPattern(all((language) => language.decisions.markers))],
    ['action', markerPattern(all((language) => language.actions.markers))],
    ['recommendation', recommendation]
  ]
  const titleOf = (words: readonly string[]): RegExp => new RegExp(`^(?:${phraseAlternatives(words)})$`, 'iu')
  const decisionTitles = titleOf(all((language) => language.decisions.sections))
  const actionTitles = titleOf(all((language) => language.actions.sections))
  const decisionPhrases = compilePhrases(all((language) => language.decisions.phrases))
  const falseFriends = compilePhrases(all((language) => language.decisions.notDecisions))
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
  const doneWords = phraseAlternatives(all((language) => language.actions.done))
  const progressWords = phraseAlternatives(all((language) => language.actions.inProgress))
  // A status set apart: in brackets in any case ("(done)", "[Done]"), in capitals ("DONE", "IN PROCESS"), or after a
  // dash or colon at the end ("... - done"). Lower-case "done" in a sentence ("work done so far") is prose.
  const bracketed = new RegExp(`\\s*[(\\[]\\s*(?:(${doneWords})|(${progressWords}))\\s*[)\\]]\\s*`, 'iu')
  const trailing = new RegExp(`\\s*[-–—:.]\\s*(?:(${doneWords})|(${progressWords}))\\s*[.!]?\\s*$`, 'iu')
  const leadingStatus = new RegExp(`^\\s*(?:(${doneWords})|(${progressWords}))\\s*[,:;]\\s+`, 'iu')
  const capitals = new RegExp(`(?<![\\p{L}])(?:(${doneWords})|(${progressWords}))(?![\\p{L}])\\s*[:.!-]?\\s*`, 'u')
  const everyone = new Set(all((language) => language.actions.everyone).map((word) => word.toLowerCase()))
  const follow = phraseAlternatives(all((language) => language.actions.after))
  const monthNumbers = new Map<string, number>()
  for (const language of languages) {
    language.actions.months.forEach((names, index) => {
      for (const name of names) if (!monthNumbers.has(name)) monthNumbers.set(name.toLowerCase(), index + 1)
    })
  }
  const monthAlternatives = [...monthNumbers.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const dueWords = compilePhrases(all((language) => language.actions.due))

  // A task no one owns opens the sentence ("Need to sort and pay", "Next step is to ..."); after a subject
  // ("We need to police food and drink") it is as often a rule or a wish.
  // Bounded gaps and no leading wildcard: one pass per passive word, whatever the sentence's length.
  const agentAfterPassive = new RegExp(
    `(?<![\\p{L}])(?:${phraseAlternatives(all((language) => language.actions.passive))})\\s(?:[^.;!?]{0,80}?\\s)?(?:${phraseAlternatives(all((language) => language.actions.agent))})\\s+([^.;!?()]{1,80})`,
    'iu'
  )
  // "Review of the budget" is a noun, not a to-do.
  const imperative = new RegExp(`^(?:${phraseAlternatives(all((language) => language.actions.imperatives))})\\s+(?!(?:of|on|von|de|du|des|del)\\s)\\S`, 'iu')
  const obligation = new RegExp(`^(?:(?:das|dies|es|this|that|cela)\\s+)?(?:${phraseAlternatives(all((language) => language.actions.obligations))})\\s+(?:[\\p{L}*]+\\s+){0,2}?\\p{Ll}`, 'iu')
  const soon = compilePhrases(all((language) => language.actions.soon))
  const notTasks = new Set(all((language) => language.actions.notTasks).map((word) => word.toLowerCase()))
  const passive = new RegExp(`(?<![\\p{L}])(?:${phraseAlternatives(all((language) => language.actions.passive))})\\s+(?:[\\p{L}]+\\s+){0,4}?([\\p{Ll}]+(?:ed|en|wn|t|é|ée|és|ées|ado|ada|idos?|idas?)|ge\\p{Ll}+)(?![\\p{L}])`, 'u')
  const hypothetical = /^\s*(?:if|unless|whether|once|should|wenn|falls|ob|si|au cas où|sinon)\b/iu
  const question = /\?["'”’)\]]*$/u

  return {
    marker(text) {
      for (const [kind, pattern] of markers) {
        const match = pattern.exec(text)
        if (match) return {kind, rest: text.slice(match[0].length)}
      }
      return undefined
    },
    startsWithMarker(line) {
      return markers.some(([, pattern]) => pattern.test(line))
    },
    kindOfTitle(title) {
      const bare = title.replace(/[:：.\s*]+$/u, '').replace(/^\s*\*+/u, '').trim()
      if (decisionTitles.test(bare)) return 'decision'
      if (actionTitles.test(bare)) return 'action'
      return undefined
    },
    isDecision(sentence) {
      const trimmed = sentence.trim()
      if (trimmed === '' || question.test(trimmed) || hypothetical.test(trimmed)) return false
      if (falseFriends?.test(trimmed)) return false
      return decisionPhrases?.test(trimmed) === true
    },
    isNotDecision(text) {
      return falseFriends?.test(text) === true
    },
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
    },
    status(text) {
      const leading = leadingStatus.exec(text)
      if (leading) return {status: leading[1] !== undefined ? 'done' : 'in-progress', text: text.slice(leading[0].length).trim()}
      for (const pattern of [bracketed, trailing]) {
        const match = pattern.exec(text)
        if (!match) continue
        // "Order the bench. IN PROGRESS": the status goes, the sentence keeps its full stop.
        const stop = pattern === trailing && match[0].trimStart().startsWith('.') ? '.' : ''
        return {status: match[1] !== undefined ? 'done' : 'in-progress', text: (text.slice(0, match.index) + stop + ' ' + text.slice(match.index + match[0].length)).replace(/\s+/gu, ' ').trim()}
      }
      // Capitals only: the words are matched as the language files write them, in lower case, against the upper-cased text.
      const upper = capitals.exec(text.toLowerCase() === text ? '' : text.replace(/\p{Ll}+/gu, (lower) => '\u0000'.repeat(lower.length)).toLowerCase())
      if (upper) {
        const original = text.slice(upper.index, upper.index + upper[0].length)
        if (original.trim().replace(/[:.!-]$/u, '').trim() === original.trim().replace(/[:.!-]$/u, '').trim().toUpperCase()) {
          return {status: upper[1] !== undefined ? 'done' : 'in-progress', text: (text.slice(0, upper.index) + ' ' + text.slice(upper.index + upper[0].length)).replace(/\s+/gu, ' ').trim()}
        }
      }
      return {text}
    },
    isEveryone(word) {
      return everyone.has(word.toLowerCase())
    },
    ownerFollow: new RegExp(`^\\s+(?:${follow})(?=\\s|[,.;!]|$)`, 'iu'),
    dueWords,
    passiveAgent(sentence) {
      const head = sentence.slice(0, 600)
      // "to be confirmed by the Chair", "to be held by ...": a participle that describes assigns nothing.
      const participle = passive.exec(head)?.[1]
      return participle !== undefined && notTasks.has(participle.toLowerCase()) ? undefined : agentAfterPassive.exec(head)?.[1]
    },
    isImperativeTask(text) {
      return imperative.test(text.trimStart())
    },
    isUnownedTask(sentence) {
      const trimmed = sentence.trim()
      if (trimmed === '' || question.test(trimmed) || hypothetical.test(trimmed) || falseFriends?.test(trimmed)) return false
      if (obligation.test(trimmed)) return true
      // "Recordings to be posted next week", "Die Satzung wird später ... gemacht": a passive with a when.
      const match = passive.exec(trimmed)
      return match !== null && !notTasks.has(match[1]!.toLowerCase()) && match.index < 80 && soon?.test(trimmed) === true
    },
    month(name) {
      return monthNumbers.get(name.toLowerCase().replace(/\.$/, ''))
    },
    monthAlternatives
  }
}
