import {VFileMessage} from 'vfile-message'
import type {Meeting} from '../model/meeting.js'
import type {ParseResult} from '../extract/parse-meeting.js'
import type {MeetingOutputs} from '../render/meeting-outputs.js'

/** A parse result as plain JSON: what the cache stores and what workers send back. */
export interface SerializedResult {
  path: string
  meeting: Meeting | null
  messages: SerializedMessage[]
  /** What the site makes from this meeting alone, worked out beside the parse. */
  outputs?: MeetingOutputs
  /** In a parse-cache entry: the sizes in bytes of the files kept beside it (see `ParseCache.files`). */
  files?: {api: number; markdown: number}
}

/** A vfile message reduced to the fields every reporter reads. */
export interface SerializedMessage {
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  ruleId: string | null
  source: string | null
  fatal: boolean | null
}

/** A parse result with real VFileMessage objects, as the rest of minutebook uses them. */
export interface LoadedMeeting {
  path: string
  meeting: Meeting | undefined
  messages: VFileMessage[]
  /** What the site makes from this meeting alone, when worked out beside the parse. */
  outputs?: MeetingOutputs
  /** The meeting's API file and downloadable Markdown, ready made in the parse cache, when it keeps them. */
  cachedFiles?: CachedFiles
  /** The file's parse-cache key, when the cache is used: files of the same key parse to the same meeting. */
  parseKey?: string
  /** True when this read parsed the file (it was new, edited, or not in the cache). */
  parsed?: boolean
}

/** A file kept ready in a cache, and the size it must have to be used. */
export interface CachedFile {
  file: string
  size: number
}

/** A meeting's files kept beside its parse-cache entry, to be linked into a site rather than written again. */
export interface CachedFiles {
  api: CachedFile
  markdown: CachedFile
}

/** Turns a parse result into plain JSON. */
export function serializeResult(path: string, result: ParseResult, outputs?: MeetingOutputs): SerializedResult {
  return {
    path,
    meeting: result.meeting ?? null,
    ...(outputs === undefined ? {} : {outputs}),
    messages: result.messages.map((message) => ({
      reason: message.reason,
      line: message.line ?? null,
      column: message.column ?? null,
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      fatal: message.fatal ?? null
    }))
  }
}

/** Rebuilds VFileMessage objects from plain JSON. */
export function deserializeResult(result: SerializedResult): LoadedMeeting {
  return {
    path: result.path,
    meeting: result.meeting ?? undefined,
    ...(result.outputs === undefined ? {} : {outputs: result.outputs}),
    messages: result.messages.map((data) => {
      const start = {line: data.line ?? 1, column: data.column ?? 1}
      const place =
        data.endLine !== null && data.endColumn !== null
          ? {start, end: {line: data.endLine, column: data.endColumn}}
          : start
      const message = new VFileMessage(data.reason, {
        place,
        ...(data.ruleId === null ? {} : {ruleId: data.ruleId}),
        ...(data.source === null ? {} : {source: data.source})
      })
      message.file = result.path
      message.fatal = data.fatal ?? undefined
      return message
    })
  }
}

/** True when `value` has the shape of a serialized result (guards against corrupt cache entries). */
export function isSerializedResult(value: unknown): value is SerializedResult {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<SerializedResult>
  return (
    typeof candidate.path === 'string' &&
    Array.isArray(candidate.messages) &&
    (candidate.outputs === undefined ||
      (typeof candidate.outputs === 'object' && candidate.outputs !== null && (candidate.outputs.markdown === undefined || typeof candidate.outputs.markdown === 'string') && Array.isArray(candidate.outputs.itemTexts))) &&
    (candidate.files === undefined ||
      (typeof candidate.files === 'object' && candidate.files !== null && Number.isInteger(candidate.files.api) && Number.isInteger(candidate.files.markdown))) &&
    (candidate.meeting === null || (typeof candidate.meeting === 'object' && candidate.meeting !== undefined))
  )
}
