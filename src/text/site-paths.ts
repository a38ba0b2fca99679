// Site paths and the URLs made of them: the same for the pages, the feeds, the calendar, the sitemap and the API.

/** The path prefix as `/` or `/name/` (leading and trailing slash, no doubles). */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.split('/').filter((part) => part !== '').join('/')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** An absolute URL for a site path: base URL + path prefix + path (`/meetings/x/`). */
export function absoluteUrl(baseUrl: string, pathPrefix: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  return `${base}${normalizePathPrefix(pathPrefix)}${path.replace(/^\/+/, '')}`
}

/** Percent-encodes the non-ASCII parts of a site path, so feeds and sitemaps carry valid URIs. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((part) => encodeURIComponent(decodeURIComponentSafe(part)))
    .join('/')
}

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
