/** What Eleventy hands its `eleventy.engine.njk` listeners: the Nunjucks library and the run's environment. */
interface NunjucksEngine {
  nunjucks: {Template: new (source: string, environment: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate}
  environment: unknown
}

interface NunjucksTemplate {
  render(data: unknown, done: (error: Error | null, result: string) => void): void
}

/** The parts of Eleventy's configuration API {@link compileNunjucksOnce} uses (all of them documented). */
export interface NunjucksOnceConfig {
  on(event: 'eleventy.engine.njk', listener: (engine: NunjucksEngine) => void): unknown
  addExtension(extension: string, options: object): unknown
}

/**
 * Has one Eleventy run compile each Nunjucks template text once. Eleventy 3.1 compiles a `.njk` template again for
 * every page it renders (its Nunjucks engine opts out of Eleventy's compile cache, and a new Nunjucks `Template`
 * compiles on first render), which is most of the work of a paginated site. This overrides the `njk` language
 * through `addExtension` (the documented way to override a built-in language) with a compile that keeps one
 * `Template` per path and text for the run: the cache goes with the Eleventy instance, so a later run (`serve`
 * rebuilding after an edit) starts empty and can never see a stale template.
 */
export function compileNunjucksOnce(eleventyConfig: NunjucksOnceConfig): void {
  let engine: NunjucksEngine | undefined
  // Emitted when Eleventy makes the run's Nunjucks environment, with its filters and settings: before any compile.
  eleventyConfig.on('eleventy.engine.njk', (made) => {
    engine = made
  })
  const compiled = new Map<string, (data: unknown) => Promise<string>>()
  eleventyConfig.addExtension('njk', {
    // Permalinks are Nunjucks too (`/meetings/{{ entry.meeting.slug }}/`), compiled as Eleventy's engine does.
    compileOptions: {permalink: true},
    compile(source: string, inputPath: string) {
      if (engine === undefined) throw new Error('Unexpected Nunjucks template before Eleventy made its environment, expected `eleventy.engine.njk` first')
      const key = `${inputPath}\0${source}`
      let render = compiled.get(key)
      if (render === undefined) {
        // As Eleventy's own engine does: no path for a template that names none.
        const path = !inputPath || inputPath === 'njk' || inputPath === 'md' ? null : inputPath
        const template = new engine.nunjucks.Template(source, engine.environment, path, false)
        render = (data) => new Promise((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result))))
        compiled.set(key, render)
      }
      return render
    }
  })
}
