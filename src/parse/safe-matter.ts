import matter from 'gray-matter'
import {FrontMatterEngineError} from '../model/errors.js'

function refuse(language: string) {
  const fail = (): never => {
    throw new FrontMatterEngineError(language)
  }
  return {parse: fail, stringify: fail}
}

/**
 * gray-matter's engines for every language but YAML, replaced by ones that refuse: its `javascript`
 * engine runs `---js` blocks with eval, and `engines: {js: false}` does not stop that.
 */
const refusingEngines = {
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json')
}

/** What {@link grayMatterYaml} found: the raw YAML block and what the YAML reader made of it. */
export interface MatterResult<T> {
  /** The text between the fences, starting with the newline after the opening `---`. */
  matter: string
  /** The reader's result; undefined when the block is empty or only comments (gray-matter skips those). */
  value: T | undefined
}

/**
 * Splits front matter with gray-matter, YAML only, through `readYaml`. Options are always passed,
 * which also keeps gray-matter's per-string cache (filled only without options) from handing back
 * a stale result. Throws {@link FrontMatterEngineError} for a `---js`-style block.
 */
export function grayMatterYaml<T>(text: string, readYaml: (yaml: string) => T): MatterResult<T> {
  let value: T | undefined
  const yaml = {
    parse(source: string): object {
      value = readYaml(source)
      // gray-matter keeps whatever this returns as `data`; the reader's own result is used instead.
      return {}
    },
    stringify: refuse('yaml').stringify
  }
  const file = matter(text, {language: 'yaml', engines: {...refusingEngines, yaml, yml: yaml}})
  return {matter: file.matter ?? '', value}
}
