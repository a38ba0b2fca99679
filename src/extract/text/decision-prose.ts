/**
 * Prose that records a decision in the past tense. Each pattern is a flat alternation of literal words,
 * so matching stays linear on long paragraphs.
 */
const decisionPatterns = [
  // "The agenda was adopted", "The minutes were unanimously approved", "The proposal was not accepted"
  /\b(?:was|were|has\s+been|have\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?:adopted|approved|endorsed|accepted|ratified|carried|passed)\b/i,
  // "It was agreed that ...", "It was resolved to ...", "It was unanimously decided ..."
  /\bit\s+was\s+(?:[a-z]+ly\s+)?(?:agreed|resolved|decided)\b/i,
  // "The meeting agreed ...", "Members resolved ...", "All agreed ..."
  /\b(?:meeting|committee|group|members|participants|board|council|stakeholders|taskforce|assembly|all|everyone)\s+(?:[a-z]+ly\s+)?(?:agreed|resolved|decided)\b/i,
  // "Motion carried.", "The motion was carried" (the second is also caught above)
  /^\s*(?:the\s+)?motion\s+carried\b/i
]

/** Clauses that make a sentence hypothetical rather than a record ("If the minutes were approved, ..."). */
const hypothetical = /^\s*(?:if|unless|whether|once|should)\b/i

/** True when a sentence records a decision: past tense, not a question, not a condition. */
export function isDecisionSentence(sentence: string): boolean {
  const trimmed = sentence.trim()
  if (trimmed === '' || trimmed.endsWith('?') || hypothetical.test(trimmed)) return false
  return decisionPatterns.some((pattern) => pattern.test(trimmed))
}
