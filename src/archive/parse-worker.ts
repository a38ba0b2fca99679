import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../model/config.js'
import {parseMeeting} from '../parse/parse-meeting.js'
import {serializeResult} from './serialized-result.js'

/** A parse job sent to a worker: a file's archive-relative path and its bytes. */
export interface ParseJob {
  id: number
  path: string
  bytes: Uint8Array
}

const config = (workerData as {config: Config}).config

parentPort?.on('message', (job: ParseJob) => {
  try {
    const result = parseMeeting(job.bytes, {path: job.path, config})
    parentPort?.postMessage({id: job.id, result: serializeResult(job.path, result)})
  } catch (error) {
    parentPort?.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
