import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** Adds an error (fatal message, not thrown) from minutebook to `file`. */
export function reportError(file: VFile, reason: string, place: Point | Position, ruleId: string): void {
  const message = file.message(reason, {place, ruleId, source: 'minutebook'})
  message.fatal = true
}

/** Adds a warning from minutebook to `file`. */
export function reportWarning(file: VFile, reason: string, place: Point | Position, ruleId: string): void {
  file.message(reason, {place, ruleId, source: 'minutebook'})
}
