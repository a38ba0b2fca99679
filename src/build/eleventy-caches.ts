import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

/** Eleventy's internal event bus: the only way to clear its process-wide template caches (not exported). */
interface EventBus {
  emit(type: string, ...args: unknown[]): Promise<unknown>
}

/** One of Eleventy's own modules (not exported): the same URL Eleventy imports, so its singletons, not copies. */
async function eleventyModule<T>(path: string): Promise<T | undefined> {
  try {
    const module = (await import(new URL(path, import.meta.resolve('@11ty/eleventy')).href)) as {default?: T}
    return module.default
  } catch {
    return undefined
  }
}

let bus: Promise<EventBus | undefined> | undefined

function eventBus(): Promise<EventBus | undefined> {
  bus ??= eleventyModule<EventBus>('./EventBus.js').then((found) => (typeof found?.emit === 'function' ? found : undefined))
  return bus
}

let nunjucksCached: Promise<boolean> | undefined

/**
 * Eleventy 3.1 compiles every Nunjucks template again for every page (its Nunjucks engine is not
 * `cacheable`, and it makes a new Nunjucks Template per call), which costs most of a paginated build.
 * Marking the engine cacheable lets Eleventy reuse the compiled template within a build: its compile
 * cache is keyed by the build's own configuration and the template's full text, so it is never stale.
 */
function cacheNunjucksCompiles(): Promise<boolean> {
  nunjucksCached ??= eleventyModule<{prototype: object}>('./Engines/Nunjucks.js').then((engine) => {
    if (typeof engine?.prototype !== 'object') return false
    Object.defineProperty(engine.prototype, 'cacheable', {configurable: true, get: () => true})
    return true
  })
  return nunjucksCached
}

/**
 * Empties Eleventy's process-wide caches of template text, compiled templates and layouts, as its own
 * watcher does after an edit, so a build in a long-lived process (`serve`) sees every edit to `site/`.
 * Returns false when Eleventy's internals moved: the caller must then turn the template cache off.
 */
export async function resetEleventyCaches(siteDir: string): Promise<boolean> {
  const found = await eventBus()
  if (found === undefined || !(await cacheNunjucksCompiles())) return false
  const entries = await readdir(siteDir, {withFileTypes: true, recursive: true}).catch(() => [])
  for (const entry of entries) {
    if (entry.isFile()) await found.emit('eleventy.resourceModified', join(entry.parentPath, entry.name), [], {})
  }
  await found.emit('eleventy.compileCacheReset')
  return true
}
