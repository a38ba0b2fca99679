import {createRequire} from 'node:module'

/** The part of the Nunjucks library {@link compileNunjucksOnce} uses: its documented `Template` class. */
export interface NunjucksLibrary {
  Template: new (source: string, environment: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate
}

interface NunjucksTemplate {
  render(data: unknown, done: (error: Error | null, result: string) => void): void
}

/** The parts of Eleventy's configuration API {@link compileNunjucksOnce} uses (both documented). */
export interface NunjucksOnceConfig {
  amendLibrary(language: string, amend: (environment: unknown) => void): unknown
  addExtension(extension: string, options: object): unknown
}

let eleventysNunjucks: NunjucksLibrary | undefined

/** Nunjucks as Eleventy loads it: a template must come from the library that made the environment it renders in. */
function nunjucksOfEleventy(): NunjucksLibrary {
  eleventysNunjucks ??= createRequire(import.meta.resolve('@11ty/eleventy'))('nunjucks') as NunjucksLibrary
  return eleventysNunjucks
}

/**
 * Has one Eleventy run compile each Nunjucks template text once. Eleventy 3.1 compiles a `.njk` template again for
 * every page it renders (its Nunjucks engine opts out of Eleventy's compile cache, and a new Nunjucks `Template`
 * compiles on first render), which is most of the work of a paginated site. This overrides the `njk` language
 * through `addExtension` (Eleventy's documented way to override a built-in language) with a compile that keeps one
 * `Template` per path and text, in the run's Nunjucks environment (from `amendLibrary`, with every filter and
 * setting of the run). The templates go with the Eleventy instance, so a later run (`serve` rebuilding after an
 * edit) starts empty and can never see a stale one.
 */
export function compileNunjucksOnce(eleventyConfig: NunjucksOnceConfig, nunjucks: () => NunjucksLibrary = nunjucksOfEleventy): void {
  let environment: unknown
  eleventyConfig.amendLibrary('njk', (made) => {
    environment = made
  })
  const compiled = new Map<string, (data: unknown) => Promise<string>>()
  eleventyConfig.addExtension('njk', {
    // Permalinks are Nunjucks too (`/meetings/{{ entry.meeting.slug }}/`), compiled as Eleventy's engine does.
    compileOptions: {permalink: true},
    compile(source: string, inputPath: string) {
      if (environment === undefined) throw new Error('Unexpected Nunjucks template before Eleventy made its Nunjucks environment, expected `amendLibrary` first')
      const key = `${inputPath}\0${source}`
      let render = compiled.get(key)
      if (render === undefined) {
        // As Eleventy's own engine does: no path for a template that names none.
        const path = !inputPath || inputPath === 'njk' || inputPath === 'md' ? null : inputPath
        const template = new (nunjucks().Template)(source, environment, path, false)
        render = (data) => new Promise((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result))))
        compiled.set(key, render)
      }
      return render
    }
  })
}
