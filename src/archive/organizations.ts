import type {RegistryOrganization} from '../model/config.js'
import {compareStrings} from '../text/compare.js'
import {nameKey, type OrganizationResolver} from './names.js'
import {uniqueSlugs} from '../text/slug.js'
import type {MeetingRef, OrganizationEntry, OrganizationRef, PersonBase} from './types.js'

/** Gathers organisation mentions per meeting and turns them into merged organisation pages. */
export class OrganizationCollector {
  private readonly meetings = new Map<string, {name: string; meetings: MeetingRef[]}>()

  constructor(private readonly resolver: OrganizationResolver) {}

  /** The canonical name of a spelling. */
  name(spelling: string): string {
    return this.resolver.resolve(spelling)
  }

  /** Records that these organisations appear in one meeting (call once per meeting, in date order). */
  add(names: readonly string[], ref: MeetingRef): void {
    const seen = new Set<string>()
    for (const spelling of names) {
      if (spelling.trim() === '') continue
      const name = this.name(spelling)
      const key = nameKey(name)
      let entry = this.meetings.get(key)
      if (!entry) {
        entry = {name, meetings: []}
        this.meetings.set(key, entry)
      }
      if (!seen.has(key)) entry.meetings.push(ref)
      seen.add(key)
    }
  }

  /** Slugs of every organisation that gets a page (mentioned ones and the registry parents above them). */
  slugs(): Map<string, string> {
    const keys = new Map<string, string>()
    for (const [key, value] of this.meetings) keys.set(key, value.name)
    // Parents get a page too, so a country office can link up to its programme.
    for (const name of [...keys.values()]) {
      let parent = this.resolver.entry(name)?.parent
      for (let depth = 0; parent !== undefined && depth < 10; depth++) {
        const parentName = this.name(parent)
        keys.set(nameKey(parentName), parentName)
        parent = this.resolver.entry(parentName)?.parent
      }
    }
    const names = [...keys.values()].sort(compareStrings)
    const slugs = uniqueSlugs(names, 'organization')
    return new Map(names.map((name) => [nameKey(name), slugs.get(name) ?? 'organization']))
  }

  /** Finished organisation entries, sorted by name. */
  entries(slugs: Map<string, string>, people: readonly PersonBase[], affiliations: Map<string, Set<string>>): OrganizationEntry[] {
    const names = new Map<string, string>()
    for (const [key, value] of this.meetings) names.set(key, value.name)
    for (const key of slugs.keys()) if (!names.has(key)) names.set(key, this.registryName(key) ?? key)
    const ref = (name: string): OrganizationRef | undefined => {
      const slug = slugs.get(nameKey(this.name(name)))
      return slug === undefined ? undefined : {slug, name: this.name(name)}
    }
    const sorted = [...names.entries()].sort((a, b) => compareStrings(a[1], b[1]))
    return sorted.map(([key, name]) => {
      const registry: RegistryOrganization | undefined = this.resolver.entry(name)
      const parent = registry?.parent === undefined ? undefined : ref(registry.parent)
      const children = sorted
        .filter(([, other]) => {
          const parentName = this.resolver.entry(other)?.parent
          return parentName !== undefined && nameKey(this.name(parentName)) === key
        })
        .map(([, other]) => ref(other))
        .filter((child): child is OrganizationRef => child !== undefined)
      const members = people.filter((person) => affiliations.get(person.slug)?.has(key) === true)
      const aliases = registry ? [...new Set(registry.aliases)].sort(compareStrings) : []
      return {
        slug: slugs.get(key) ?? 'organization',
        name,
        ...(registry?.short === undefined || registry.short === name ? {} : {short: registry.short}),
        aliases,
        ...(parent === undefined ? {} : {parent}),
        children,
        people: members.map((person) => ({slug: person.slug, name: person.name})),
        meetings: this.meetings.get(key)?.meetings ?? []
      }
    })
  }

  private registryName(key: string): string | undefined {
    return this.resolver.organizations.find((organization) => nameKey(organization.name) === key)?.name
  }
}
