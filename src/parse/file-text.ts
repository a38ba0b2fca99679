import type {VFile} from 'vfile'

const decoder = new TextDecoder()

/**
 * The text of a file as remark-parse sees it: bytes decoded as UTF-8 (BOM dropped, bad bytes
 * replaced), so offsets computed on it match the tree's positions.
 */
export function fileText(file: VFile): string {
  return typeof file.value === 'string' ? file.value : decoder.decode(file.value)
}
