import type {ExtractContext} from '../context.js'

// Kept per extraction run, so the organisations extractor can look for registry names in what introduced speakers.
const phrasesByContext = new WeakMap<ExtractContext, string[]>()

/** Records the phrases that introduced speakers in this run ("Matt Friedman, UNIAP Regional Program Manager"). */
export function recordSpeakerPhrases(context: ExtractContext, phrases: readonly string[]): void {
  phrasesByContext.set(context, [...phrases])
}

/** The phrases that introduced speakers in this run; empty before the speakers extractor ran. */
export function speakerPhrases(context: ExtractContext): readonly string[] {
  return phrasesByContext.get(context) ?? []
}
