import matter from 'gray-matter'
import type {VFile} from 'vfile'
import type {FrontMatter} from '../model/front-matter.js'

// Interim reader: replaced by the hardened one (engines, size limit, zod schema, positions).
/** Reads and validates the front matter of `file`, reporting problems on the file; undefined when unusable. */
export function readFrontMatter(file: VFile): FrontMatter | undefined {
  const parsed = matter(String(file.value), {})
  const data = parsed.data as Record<string, unknown>
  if (data['date'] instanceof Date) data['date'] = data['date'].toISOString().slice(0, 10)
  if (typeof data['title'] !== 'string' || typeof data['date'] !== 'string') return undefined
  return {
    title: data['title'],
    date: data['date'],
    status: data['status'] === 'approved' ? 'approved' : 'draft',
    attendees: [],
    apologies: [],
    closes: [],
    tags: []
  }
}
