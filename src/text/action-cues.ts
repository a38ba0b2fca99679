import type {Language} from './languages/language.js'
import {compilePhrases, phraseAlternatives} from './phrases.js'
import type {RecordCues} from './record-cues.js'
import type {SharedCues} from './shared-cues.js'

/** Action statuses, owners and who counts as everyone, deadlines and months, tasks set in the passive or the imperative. */
export function createActionCues(
  languages: readonly Language[],
  shared: SharedCues
): Pick<
  RecordCues,
  'status' | 'isEveryone' | 'ownerFollow' | 'dueWords' | 'passiveAgent' | 'isImperativeTask' | 'isUnownedTask' | 'month' | 'monthAlternatives'
> {
  const {all, falseFriends} = shared
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

  return {
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
      if (trimmed === '' || shared.asksOrSupposes(trimmed) || falseFriends?.test(trimmed)) return false
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
