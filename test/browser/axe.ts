import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'

const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

/** One axe-core violation, reduced to what a failing assertion should show. */
export interface Violation {
  id: string
  impact: string
  help: string
  targets: string[]
}

interface AxeResult {
  violations: Array<{id: string; impact?: string | null; help: string; nodes: Array<{target: unknown[]}>}>
}

/**
 * Runs axe-core (WCAG 2 A/AA and best-practice rules) on the page and returns its serious and critical violations;
 * `exclude` leaves out the elements of those selectors.
 */
export async function seriousViolations(page: Page, exclude: readonly string[] = []): Promise<Violation[]> {
  await page.addScriptTag({path: axePath})
  const result = await page.evaluate(async (excluded) => {
    const axe = (globalThis as unknown as {axe: {run(context: unknown, options: unknown): Promise<unknown>}}).axe
    const context = excluded.length === 0 ? document : {include: [['html']], exclude: excluded.map((selector) => [selector])}
    return axe.run(context, {resultTypes: ['violations']})
  }, [...exclude]) as AxeResult
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' '))
    }))
}
