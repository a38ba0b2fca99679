// The parts of @11ty/eleventy-dev-server that `minutebook serve` uses.
declare module '@11ty/eleventy-dev-server' {
  import type {IncomingMessage, Server, ServerResponse} from 'node:http'
  /** A connect-style middleware: runs before the server's own file handler, which `next` calls. */
  type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => unknown) => unknown
  /** Options of the dev server. */
  interface DevServerOptions {
    pathPrefix?: string
    domDiff?: boolean
    logger?: {info(message: string): void; log(message: string): void; error(message: string): void}
    middleware?: Middleware[]
  }
  /** Eleventy's static dev server with live reload. */
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions)
    /** The HTTP server, made on first use with the request handler and the live-reload socket set up when it listens. */
    readonly server: Server
    ready(): Promise<void>
    reload(event?: {files?: string[]; subtype?: string}): void
    close(): Promise<void>
  }
}
