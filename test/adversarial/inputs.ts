/** Generators of pathological meeting bodies, shared by the bounded parse tests and the benchmark notes. */

/** Front matter and one agenda heading: bodies start on line 9. */
export const head = '---\ntitle: Pathological\ndate: 2024-01-01\nstatus: approved\n---\n\n## Item\n\n'

/** Seed-like minutes repeated: numbered items, a labelled speaker, a task, a nested list, a decision, a quote. */
export function realisticBody(items: number): string {
  return Array.from(
    {length: items},
    (_, n) =>
      `## ${n + 1}. Item ${n + 1}\n\nMs Kristy Fleming, Project Advisor of UNIAP presented point ${n}. The agenda was adopted.\n\n` +
      `**Dara Sok (Ministry of Justice):** The draft has been sent to the council.\n\n` +
      `- [ ] Dara Sok to circulate the draft by 20 June 2007\n- item ${n} for the group\n  - sub point\n\n` +
      `Decision: The group will submit joint comments.\n\n> quoted ${n}\n`
  ).join('\n')
}

/** The largest body under the size limit made of `unit` repeated. */
export function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.floor((bytes - head.length) / unit.length))
}
