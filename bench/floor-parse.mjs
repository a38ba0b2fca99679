// The parse floor: remark-parse + remark-gfm alone over the archive's meeting files, on one worker thread per
// core and nothing else (no front matter, no extraction, no output). What the required parser itself costs, so
// the cold build can be compared with `baseline + floor` (`ratio_floor` in bench/run.mjs).
import {readFile, readdir} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'

async function parseAll(files) {
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const {default: remarkGfm} = await import('remark-gfm')
  const processor = unified().use(remarkParse).use(remarkGfm)
  for (const file of files) processor.parse(await readFile(file, 'utf8'))
}

/** Seconds from start to the last worker done, parsing every `.md` file under `<archive>/meetings`. */
export async function floorParseSeconds(archive, workers = availableParallelism()) {
  const entries = await readdir(join(archive, 'meetings'), {withFileTypes: true, recursive: true})
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => join(entry.parentPath, entry.name))
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({length: workers}, (_, index) => {
      const share = files.filter((_, position) => position % workers === index)
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), {workerData: share})
        worker.once('message', resolve)
        worker.once('error', reject)
      })
    })
  )
  return Number(process.hrtime.bigint() - started) / 1e9
}

if (!isMainThread) {
  await parseAll(workerData)
  parentPort.postMessage('done')
}
