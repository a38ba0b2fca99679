// The parts of Eleventy 3's programmatic API minutebook uses (the package ships no types).
declare module '@11ty/eleventy' {
  /** Eleventy's console logger; `overrideLogger` replaces the console it writes to. */
  interface EleventyLogger {
    overrideLogger(logger: {log(...args: unknown[]): void; info(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void}): void
  }
  /** Options of the Eleventy constructor. */
  interface EleventyOptions {
    quietMode?: boolean
    pathPrefix?: string
    configPath?: string
    config?: (eleventyConfig: never) => void | Promise<void>
  }
  /** A programmatic Eleventy build. */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions)
    readonly logger: EleventyLogger
    write(): Promise<unknown>
    /** Renders every template without writing: `[{url, inputPath, outputPath, rawInput, content}]`. */
    toJSON(): Promise<unknown>
  }
}
