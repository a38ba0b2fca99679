import {createServer, type Server} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'

/** A static server for a built site on 127.0.0.1, as GitHub Pages would serve it. */
export interface StaticServer {
  origin: string
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream'
}

/** The file a URL path names under `root` (directories give their index.html), or undefined outside `root`. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const file = path.resolve(root, `.${urlPath}`)
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  const info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) return path.join(file, 'index.html')
  return file
}

/** Serves `root` under `pathPrefix` on a free port of 127.0.0.1; missing files get the site's 404.html. */
export async function serveStatic(root: string, pathPrefix = '/'): Promise<StaticServer> {
  const base = path.resolve(root)
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
      const inside = pathname.startsWith(pathPrefix) ? `/${pathname.slice(pathPrefix.length)}` : undefined
      const file = inside === undefined ? undefined : await resolveFile(base, inside)
      const body = file ? await readFile(file).catch(() => undefined) : undefined
      if (file && body) {
        response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'})
        response.end(body)
        return
      }
      const notFound = await readFile(path.join(base, '404.html')).catch(() => Buffer.from('Not found'))
      response.writeHead(404, {'content-type': 'text/html; charset=utf-8'})
      response.end(notFound)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('Unexpected server address, expected a port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}
