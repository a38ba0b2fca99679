// Verbs that make their subject a speaker of the item: speaking, presenting, asking, proposing, chairing.
const speechVerbs = new Set(
  (
    'said says presented presents presenting explained explains updated updates asked asks added adds inquired ' +
    'enquired emphasised emphasized emphasising emphasizing noted notes proposed proposes reported reports ' +
    'welcomed invited discussed outlined suggested suggests stated states replied responded thanked chaired ' +
    'opened closed moved seconded raised commented highlighted informed requested recommended agreed introduced ' +
    'shared announced described mentioned expressed stressed underlined underscored clarified confirmed concluded ' +
    'summarised summarized queried questioned answered acknowledged recalled reminded argued observed remarked ' +
    'urged encouraged briefed spoke talked gave led facilitated pointed objected disagreed supported endorsed ' +
    'declared reiterated cautioned warned indicated advised elaborated acknowledged expressed shared circulated tabled'
  ).split(' ')
)

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

/** True when a token is a speech verb ("presented", "asked", "emphasised"). */
export function isSpeechVerb(text: string): boolean {
  return speechVerbs.has(text)
}

/** True when a word may sit between subject and speech verb without changing who speaks. */
export function isVerbAdverb(text: string): boolean {
  return adverbs.has(text.toLowerCase())
}

/** True when a word may open a sentence before its subject. */
export function isOpener(text: string): boolean {
  return openers.has(text.toLowerCase())
}
