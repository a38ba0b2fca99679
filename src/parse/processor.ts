import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Config} from '../model/config.js'
import remarkMinutes from './remark-minutes.js'

/** The full reading pipeline: remark-parse, GFM, YAML front matter fences, then {@link remarkMinutes}. */
export function createMinutesProcessor(config?: Config) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMinutes, config === undefined ? {} : {config})
}
