// The parts of @11ty/eleventy-dev-server (a dependency of Eleventy) that `minutebook serve` uses.
declare module '@11ty/eleventy-dev-server' {
  /** Options of the dev server. */
  interface DevServerOptions {
    pathPrefix?: string
    domDiff?: boolean
    portReassignmentRetryCount?: number
    logger?: {info(message: string): void; log(message: string): void; error(message: string): void}
  }
  /** Eleventy's static dev server with live reload. */
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions)
    serve(port: number): void
    ready(): Promise<void>
    getServerUrl(host: string, pathname?: string): string
    reload(event?: {files?: string[]; subtype?: string}): void
    close(): Promise<void>
  }
}
