// Words allowed between the subject and the verb in the active voice ("briefly updated", "has also presented").
const adverbs = new Set(
  (
    'briefly also then further later again finally kindly formally officially warmly subsequently additionally ' +
    'jointly both each similarly firstly first thereafter afterwards next strongly clearly particularly ' +
    'specifically verbally orally has had have likewise personally'
  ).split(' ')
)

// Words that may open a sentence before its subject ("Then Ms Fleming asked", "And the Chair closed").
const openers = new Set(
  'then and but also finally next later lastly subsequently afterwards additionally furthermore moreover meanwhile similarly however thereafter'.split(
    ' '
  )
)

/** True when a word may sit between subject and speech verb without changing who speaks. */
export function isVerbAdverb(text: string): boolean {
  return adverbs.has(text.toLowerCase())
}

/** True when a word may open a sentence before its subject. */
export function isOpener(text: string): boolean {
  return openers.has(text.toLowerCase())
}
