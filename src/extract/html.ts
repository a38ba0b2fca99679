import type {ExtractContext} from './context.js'

/** Renders each item's own content to sanitised HTML. */
export function renderItemHtml(context: ExtractContext): void {
  void context
}
