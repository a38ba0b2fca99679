import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Config} from '../model/config.js'
import {slugFromPath} from '../text/slug.js'
import type {Rule} from './rule.js'
import {rawHtml} from './rules/raw-html.js'

/**
 * The error rules about the source as written, which only a parse can run: `build` runs them where it parses (on the
 * parse workers, their messages cached with the parse), so it refuses what `check` calls an error.
 */
const sourceRules: readonly Rule[] = [rawHtml]

/** The messages of {@link sourceRules} on one meeting file: its path, its text, its tree as written and the settings. */
export function sourceRuleMessages(path: string, text: string, tree: Root, config: Config): VFileMessage[] {
  const file = new VFile({path})
  const entry = {path, slug: slugFromPath(path), text, file, tree, frontMatter: undefined, meeting: undefined}
  for (const rule of sourceRules) rule.check({entry, archive: [entry], config})
  return file.messages
}
