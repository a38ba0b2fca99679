import type {List} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {isNameWord, isParticle} from '../people/name-words.js'

/** The part of an entry before its organisation or note: "Jessica Tallon (Spritely)" -> "Jessica Tallon". */
function namePart(text: string): string {
  return text.split(/\s*(?:[(,;|]|\s[-–—]\s)/u)[0]!.trim()
}

/** True when an entry reads as a person's name: two to five name words ("Dan C", "Jessica Tallon", "Arnaud J Le Hors"). */
function isFullName(text: string): boolean {
  const words = namePart(text).split(/\s+/u).filter((word) => word !== '')
  if (words.length < 2 || words.length > 5) return false
  return words.every((word, index) => isNameWord(word) || (index > 0 && isParticle(word)))
}

/**
 * A list of people with no label, as minutes often open: "- Jessica Tallon (Spritely)", "- Dan C (Agoric)".
 * Most entries must be full names and none may carry discussion, so an agenda of short titles is not one.
 */
export function isRoster(list: List): boolean {
  if (list.children.length < 3) return false
  const texts: string[] = []
  for (const item of list.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return false
    const text = toString(item.children[0]!).trim()
    if (text === '' || text.includes('\n') || /[.!?:]$/.test(text)) return false
    texts.push(text)
  }
  const names = texts.filter(isFullName).length
  return names * 10 >= texts.length * 7
}
