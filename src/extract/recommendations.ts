import type {ExtractContext} from './context.js'

/** Fills `recommendations` on every section. */
export function extractRecommendations(context: ExtractContext): void {
  void context
}
