import {createInterface} from 'node:readline'

/** Questions asked on a terminal, one answer a line. */
export interface Prompt {
  /** The next line typed after `question`, trimmed; undefined once input has ended (Ctrl+D) or Ctrl+C was pressed. */
  ask(question: string): Promise<string | undefined>
  close(): void
}

/**
 * Asks on `input` and `output`. Lines typed (or pasted) ahead are kept for the next questions: readline's own
 * `question` dropped them, and an end of input while asking was an AbortError, reported as an internal error.
 */
export function terminalPrompt(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompt {
  const lines = createInterface({input, output})
  const typed: string[] = []
  const waiting: Array<(line: string | undefined) => void> = []
  let closed = false
  lines.on('line', (line: string) => {
    const answer = waiting.shift()
    if (answer) answer(line.trim())
    else typed.push(line.trim())
  })
  lines.on('close', () => {
    closed = true
    for (const answer of waiting.splice(0)) answer(undefined)
  })
  // Ctrl+C while asking ends the questions, as an end of input does.
  lines.on('SIGINT', () => lines.close())
  return {
    ask(question) {
      lines.setPrompt(question)
      lines.prompt()
      if (typed.length > 0) return Promise.resolve(typed.shift())
      if (closed) return Promise.resolve(undefined)
      return new Promise((answer) => waiting.push(answer))
    },
    close() {
      lines.close()
    }
  }
}
