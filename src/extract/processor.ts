import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Config} from '../model/config.js'
import remarkGfmMinutes from '../parse/gfm.js'
import remarkMinutes from './remark-minutes.js'

/**
 * The full reading pipeline: remark-parse, GFM (autolink literals only where a document could hold one, see
 * `remarkGfmMinutes`), YAML front matter fences, then {@link remarkMinutes}.
 */
export function createMinutesProcessor(config?: Config) {
  return unified()
    .use(remarkParse)
    .use(remarkGfmMinutes)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMinutes, config === undefined ? {} : {config})
}
