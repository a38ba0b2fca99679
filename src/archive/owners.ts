/**
 * The names in an action's `owner`: the Meeting contract joins several owners with `; ` ("Dan Ross; Mia Kerr"),
 * and each of them may have a person page of their own.
 */
export function ownerNames(owner: string | undefined): string[] {
  if (owner === undefined) return []
  return owner
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '')
}
