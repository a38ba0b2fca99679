import type {Archive, PersonBase} from '../archive/types.js'

/** Maps a spelling used in one meeting to the name of its person or organisation page. */
export interface SearchNames {
  person(meetingSlug: string, name: string): string
  organization(meetingSlug: string, name: string): string
}

/** Names as the minutes spell them, for callers without an Archive. */
export const spelledNames: SearchNames = {
  person: (_slug, name) => name,
  organization: (_slug, name) => name
}

/**
 * The Archive's merged names, so the person and organisation filters offer one "Anita Desai" where the minutes
 * wrote "Anita Desai" and "Cllr Anita Desai": the same names as the site's person and organisation pages.
 */
export function namesFromArchive(archive: Pick<Archive, 'meetings' | 'organizations'> & {people: readonly PersonBase[]}): SearchNames {
  const personNames = new Map(archive.people.map((person) => [person.slug, person.name]))
  const organizationNames = new Map(archive.organizations.map((organization) => [organization.slug, organization.name]))
  const entries = new Map(archive.meetings.map((entry) => [entry.meeting.slug, entry]))
  return {
    person(meetingSlug, name) {
      const slug = entries.get(meetingSlug)?.personSlugs[name]
      return (slug === undefined ? undefined : personNames.get(slug)) ?? name
    },
    organization(meetingSlug, name) {
      const slug = entries.get(meetingSlug)?.organizationSlugs[name]
      return (slug === undefined ? undefined : organizationNames.get(slug)) ?? name
    }
  }
}
