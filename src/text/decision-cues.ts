import {compilePhrases, phraseAlternatives} from './phrases.js'
import type {MarkerKind, RecordCues} from './record-cues.js'
import type {SharedCues} from './shared-cues.js'

/** Markers at the start of a line, headings of decision and action lists, and decisions stated in prose. */
export function createDecisionCues(shared: SharedCues): Pick<RecordCues, 'marker' | 'startsWithMarker' | 'kindOfTitle' | 'isDecision' | 'isNotDecision'> {
  const {all, falseFriends} = shared
  const recommendation = /^\s*(?:\*\*)?\s*recommendations?\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*/iu
  const markerPattern = (words: readonly string[]): RegExp =>
    new RegExp(`^\\s*(?:\\*\\*)?\\s*(?:${phraseAlternatives(words)})\\s*(?:\\*\\*)?\\s*(?:[:：]|\\s[-–—]\\s|[–—])\\s*(?:\\*\\*)?\\s*`, 'iu')
  const markers: Array<[MarkerKind, RegExp]> = [
    ['decision', markerPattern(all((language) => language.decisions.markers))],
    ['action', markerPattern(all((language) => language.actions.markers))],
    ['recommendation', recommendation]
  ]
  const titleOf = (words: readonly string[]): RegExp => new RegExp(`^(?:${phraseAlternatives(words)})$`, 'iu')
  const decisionTitles = titleOf(all((language) => language.decisions.sections))
  const actionTitles = titleOf(all((language) => language.actions.sections))
  const decisionPhrases = compilePhrases(all((language) => language.decisions.phrases))

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
      if (trimmed === '' || shared.asksOrSupposes(trimmed)) return false
      if (falseFriends?.test(trimmed)) return false
      return decisionPhrases?.test(trimmed) === true
    },
    isNotDecision(text) {
      return falseFriends?.test(text) === true
    }
  }
}
