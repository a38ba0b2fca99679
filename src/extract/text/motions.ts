import type {Outcome, RecordCues, Votes} from '../../text/record-cues.js'

/** A sentence or list entry of a section, in document order, with the unit it became (if any). */
export interface Line {
  text: string
  line: number
  /** Index of the unit this text became, so a motion can take its place. */
  unit?: number
}

/** A motion with its outcome, read across the lines that state it. */
export interface Motion {
  text: string
  line: number
  outcome: Outcome
  mover?: string
  seconder?: string
  votes?: Votes
  unanimous?: boolean
  /** Indexes of the lines the motion was read from. */
  lines: number[]
}

/** A motion the minutes open and never close: "Moved: A" with no "Carried" or "Failed" after it. */
export interface Unfinished {
  text: string
  line: number
}

interface Open {
  text: string
  line: number
  mover?: string
  seconder?: string
  votes?: Votes
  lines: number[]
  /** +1 / 0 / -1 lines seen under a proposal. */
  poll: {for: number; against: number; abstain: number; seen: boolean}
}

// How far after its opening a motion's outcome may come.
const reach = 12
const pollLine = /^\s*[\p{L}\p{N}_.-]{1,32}\s*[:：-]\s*([+-]?)([01])\b/u
const questionLabel = /^(?:question|frage|question posée|pregunta)\s*[:：]\s*/iu
// What a lone "Carried" closes: a line that puts something to the meeting, not any sentence before it.
const putToTheMeeting = /\b(?:propos\w*|mov(?:ed|es|ing)|motion|resolution|shall|should|question|vote\s+on|antrag|vorschlag|beantragt|proposition|propuesta|moción)\b|^\s*(?:that|dass|que)\s|\?\s*$/iu

function shortLine(text: string): boolean {
  return text.split(/\s+/u).length <= 12
}

function merged(...parts: Array<Votes | undefined>): Votes | undefined {
  const out: Votes = {}
  for (const part of parts) {
    if (!part) continue
    for (const key of ['for', 'against', 'abstain'] as const) if (part[key] !== undefined && out[key] === undefined) out[key] = part[key]
  }
  return Object.keys(out).length === 0 ? undefined : out
}

/**
 * Reads motions across the lines of a section: an opening ("Moved: A", "Moved by A, seconded by B, that ...",
 * "PROPOSAL: ...", "A proposed that ..."), a seconder, votes, `+1` polls, and an outcome ("Carried", "Motion
 * passes 5-0-1", "RESOLVED: ...", "Defeated", "Withdrawn", "vertagt"). An outcome standing alone ("Motion
 * carried.", "Passes") closes the line before it. Returns the motions and the openings never closed.
 */
export function readMotions(lines: readonly Line[], records: RecordCues, person: (phrase: string) => string | undefined): {motions: Motion[]; unfinished: Unfinished[]} {
  const motions: Motion[] = []
  const unfinished: Unfinished[] = []
  const used = new Set<number>()
  let open: Open | undefined
  const close = (outcome: Outcome, at: number, text?: string): void => {
    if (!open) return
    const line = lines[at]!
    const poll = open.poll.seen ? {for: open.poll.for, against: open.poll.against, abstain: open.poll.abstain} : undefined
    const votes = merged(records.votes(line.text), open.votes, poll)
    const words = text !== undefined && text !== '' ? text : open.text
    motions.push({
      text: words === '' ? line.text : words,
      line: open.line,
      outcome,
      ...(open.mover === undefined ? {} : {mover: open.mover}),
      ...(open.seconder === undefined ? {} : {seconder: open.seconder}),
      ...(votes === undefined ? {} : {votes}),
      ...(records.unanimous(line.text) ? {unanimous: true} : {}),
      lines: [...open.lines, at]
    })
    for (const index of [...open.lines, at]) used.add(index)
    open = undefined
  }
  const giveUp = (): void => {
    if (!open) return
    // "Ja 5 / Nein 0 / Enthaltung 1" and no word on the result: the count says how it went.
    const votes = open.votes
    if (votes?.for !== undefined && votes.against !== undefined && votes.for !== votes.against) {
      close(votes.for > votes.against ? 'carried' : 'failed', open.lines.at(-1)!)
      return
    }
    unfinished.push({text: open.text, line: open.line})
    open = undefined
  }
  lines.forEach((line, index) => {
    const found = records.motion(line.text)
    const motion = found && (found.prose !== true || (found.mover !== undefined && person(found.mover) !== undefined)) ? found : undefined
    if (motion) {
      giveUp()
      const votes = records.votes(line.text)
      open = {
        text: motion.rest,
        line: line.line,
        ...(motion.mover === undefined ? {} : {mover: motion.mover}),
        ...(motion.seconder === undefined ? {} : {seconder: motion.seconder}),
        ...(votes === undefined ? {} : {votes}),
        lines: [index],
        poll: {for: 0, against: 0, abstain: 0, seen: false}
      }
      // "Moved by A, seconded by B, that X. Carried" arrives as one line when a list entry holds it all.
      const outcome = records.outcome(motion.rest)
      if (outcome !== undefined && records.isOutcomeLine(motion.rest.split(/[.;]\s+/u).at(-1) ?? '')) {
        open.text = motion.rest.split(/[.;]\s+/u).slice(0, -1).join('. ')
        close(outcome, index)
      }
      return
    }
    const marker = records.marker(line.text)
    if (open) {
      if (index - open.lines[0]! > reach) giveUp()
    }
    if (open) {
      if (marker?.kind === 'decision') {
        close('carried', index, marker.rest.trim())
        return
      }
      if (records.isOutcomeLine(line.text)) {
        close(records.outcome(line.text) ?? 'carried', index)
        return
      }
      const seconder = records.seconder(line.text)
      if (seconder !== undefined && shortLine(line.text)) {
        open.seconder ??= seconder
        open.lines.push(index)
        return
      }
      const poll = pollLine.exec(line.text)
      if (poll) {
        open.poll.seen = true
        if (poll[2] === '0') open.poll.abstain++
        else if (poll[1] === '-') open.poll.against++
        else open.poll.for++
        open.lines.push(index)
        return
      }
      const votes = records.votes(line.text)
      if (votes && shortLine(line.text)) {
        const both = merged(open.votes, votes)
        if (both) open.votes = both
        open.lines.push(index)
        return
      }
      if (open.text === '') {
        open.text = line.text
        open.lines.push(index)
      }
      return
    }
    if (records.isOutcomeLine(line.text)) {
      // "Motion carried." alone: what was moved is the line before it.
      let before = index - 1
      while (before >= 0 && (used.has(before) || records.isOutcomeLine(lines[before]!.text))) before--
      const candidate = before >= 0 ? lines[before] : undefined
      const previous = candidate && putToTheMeeting.test(candidate.text) ? candidate : undefined
      // "4 YES on Option 1, 1 present. Option 1 carries.": the count just before belongs with the result.
      const counted = !previous && candidate && records.votes(candidate.text) ? candidate : undefined
      const text = previous ? previous.text.replace(questionLabel, '') : counted ? `${counted.text} ${line.text}` : line.text
      const votes = merged(records.votes(line.text), previous ? records.votes(previous.text) : counted ? records.votes(counted.text) : undefined)
      motions.push({
        text,
        line: (previous ?? counted)?.line ?? line.line,
        outcome: records.outcome(line.text) ?? 'carried',
        ...(votes === undefined ? {} : {votes}),
        ...(records.unanimous(line.text) ? {unanimous: true} : {}),
        lines: previous || counted ? [before, index] : [index]
      })
      used.add(index)
      if (previous || counted) used.add(before)
    }
  })
  giveUp()
  return {motions, unfinished}
}
