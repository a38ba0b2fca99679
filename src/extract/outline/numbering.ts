import type GithubSlugger from 'github-slugger'
import {slugify} from '../../text/slug.js'

/**
 * Numbers secretaries put before an item title: `1.`, `4.1`, `4)`, `Item 3:`, `Agenda item 2 -`, `IV.`,
 * `TOP 3:` and `Punkt 2:` (German), a bare `1`; a bare year ("2007 budget review") is part of the title.
 */
const itemNumber =
  /^\s*(?:(?:agenda\s+)?item\s+(\d+(?:\.\d+)*[a-z]?)\s*[:.)\-–—]?|(\d{1,3}(?:\.\d{1,3})+[a-z]?)\.?(?=\s)|(\d{1,3}[a-z]?)[.)](?=\s)|(\d{1,2}[a-z]?)(?=\s)|([IVXLC]+)\.(?=\s)|(?:tagesordnungspunkt|top|punkt|point|punto)\s*(\d+(?:\.\d+)*[a-z+]?)\s*[:.)\-–—])\s*/i

/** Splits a heading text into its item number and title. */
export function splitNumber(text: string): {number?: string; title: string} {
  const match = itemNumber.exec(text)
  const rest = match ? text.slice(match[0].length).trim() : ''
  if (!match || rest === '') return {title: text.trim()}
  const number = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6]
  return number === undefined ? {title: rest} : {number, title: rest}
}

/**
 * Turns a title into an anchor: {@link slugify} with dashes and underscores read as spaces, `item-N` for a title of
 * no letters (or only digits), made unique within the meeting by `slugger` (`-1`, `-2`...); never empty.
 */
export function anchorFor(slugger: GithubSlugger, title: string, index: number): string {
  const slug = slugify(title.replace(/[\s\-–—_]+/gu, ' '), '')
  return slugger.slug(/^\d*$/.test(slug) ? `item-${index + 1}` : slug)
}
