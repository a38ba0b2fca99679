import type {ExtractContext} from './context.js'

/** Fills `actions` on every section. */
export function extractActions(context: ExtractContext): void {
  void context
}
