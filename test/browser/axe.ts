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

/** Runs axe-core (WCAG 2 A/AA and best-practice rules) on the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({path: axePath})
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as {axe: {run(context: unknown, options: unknown): Promise<unknown>}}).axe
    return axe.run(document, {resultTypes: ['violations']})
  }) as AxeResult
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' '))
    }))
}
