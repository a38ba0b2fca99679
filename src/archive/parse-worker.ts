import {parentPort, workerData} from 'node:worker_threads'
import type {Config} from '../model/config.js'
import {parseFile} from './parse-pool.js'

/** A parse job sent to a worker: a file's archive-relative path and its bytes. */
export interface ParseJob {
  id: number
  path: string
  bytes: Uint8Array
}

const config = (workerData as {config: Config}).config

parentPort?.on('message', (job: ParseJob) => {
  try {
    parentPort?.postMessage({id: job.id, result: parseFile({path: job.path, bytes: job.bytes}, config)})
  } catch (error) {
    parentPort?.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
