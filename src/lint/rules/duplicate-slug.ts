import {report, type Rule} from '../rule.js'

/** Two files with one slug would share one page: the second (in path order) is reported. */
export const duplicateSlug: Rule = {
  id: 'minutebook:duplicate-slug',
  severity: 'error',
  description: 'Every meeting has its own slug (file name without `.md`): two files with one slug would share one page.',
  check({entry, archive}) {
    const first = archive.find((other) => other.slug === entry.slug)
    if (first === undefined || first === entry) return
    report(
      duplicateSlug,
      entry,
      `Unexpected duplicate slug \`${entry.slug}\`, expected a slug no other meeting uses; \`${first.path}\` has it`,
      {line: 1, column: 1}
    )
  }
}
