import type {ExtractContext} from './context.js'

/** Fills `decisions` on every section. */
export function extractDecisions(context: ExtractContext): void {
  void context
}
