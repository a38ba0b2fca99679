import {existsSync} from 'node:fs'
import {chromium, type Browser, type Page} from 'playwright-core'

/** Debian's chromium: the browser the real-browser tests drive (installed by .ci/run when missing). */
export const chromiumPath = '/usr/bin/chromium'

/** Why the browser tests cannot run here, or undefined when they can. */
export function missingBrowserReason(): string | undefined {
  return existsSync(chromiumPath) ? undefined : `\`${chromiumPath}\` is missing (apt-get install chromium, or run .ci/run)`
}

/**
 * Whether to skip the browser tests: only when chromium is missing and this is not CI. In CI a missing browser
 * must fail the run, so the suite runs and its launch fails loudly.
 */
export function skipBrowserTests(): boolean {
  const reason = missingBrowserReason()
  if (reason === undefined) return false
  if (process.env['CI']) return false
  console.warn(`Skipping the browser tests: ${reason}. Set CI=1 to make this a failure.`)
  return true
}

/** Launches headless chromium with the flags that keep it quiet and offline-friendly in containers. */
export async function launchChromium(): Promise<Browser> {
  const reason = missingBrowserReason()
  if (reason !== undefined) throw new Error(`Unexpected missing browser: ${reason}`)
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'
    ]
  })
}

/** Collects uncaught page errors and console errors so a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // Chromium asks every site for /favicon.ico; the archive has none and that is not a page error.
    if (message.location().url.endsWith('/favicon.ico')) return
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`)
  })
  return errors
}

/** Waits until a search page has loaded Pagefind and finished the search it was asked for; returns its status line. */
export async function settledSearch(page: Page): Promise<string> {
  await page.waitForSelector('[data-search][data-ready]')
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
  return (await page.locator('[data-search-status]').textContent()) ?? ''
}
