import type {RegistryOrganization, RegistryPerson} from '../model/config.js'

import {nameKey, stripHonorifics} from '../text/names.js'

export {nameKey} from '../text/names.js'

/** Aliases a meeting's attendee list declares: `{name: 'Yim Po', aliases: ['Mr Yim Po']}`. */
export interface AttendeeAliases {
  name: string
  aliases: readonly string[]
}

/**
 * Resolves any spelling of a name to one canonical name: the registry first, then aliases
 * declared by attendees (only when every meeting agrees on whom the alias names), then the name itself.
 */
export class NameResolver {
  private readonly registry = new Map<string, string>()
  private readonly declared = new Map<string, string | null>()

  constructor(people: readonly RegistryPerson[], attendees: readonly AttendeeAliases[] = []) {
    for (const person of people) {
      for (const spelling of [person.name, ...person.aliases]) {
        const key = nameKey(spelling)
        if (!this.registry.has(key)) this.registry.set(key, person.name)
      }
    }
    for (const attendee of attendees) {
      const canonical = this.fromRegistry(attendee.name) ?? attendee.name
      for (const spelling of [attendee.name, ...attendee.aliases]) {
        const key = nameKey(spelling)
        if (this.registry.has(key)) continue
        const previous = this.declared.get(key)
        // An alias two meetings give to two different people names nobody for sure: leave it alone.
        if (previous === undefined) this.declared.set(key, canonical)
        else if (previous !== null && nameKey(previous) !== nameKey(canonical)) this.declared.set(key, null)
      }
    }
  }

  private fromRegistry(name: string): string | undefined {
    return this.registry.get(nameKey(name))
  }

  private lookup(name: string): string | undefined {
    return this.fromRegistry(name) ?? this.declared.get(nameKey(name)) ?? undefined
  }

  /** Answers already given: a build resolves the same few hundred spellings hundreds of thousands of times. */
  private readonly resolved = new Map<string, string>()

  /** The canonical spelling of `name`: as written, then without titles ("Cllr", "Ms", "H.E."). */
  resolve(name: string): string {
    let canonical = this.resolved.get(name)
    if (canonical === undefined) {
      const bare = stripHonorifics(name)
      canonical = this.lookup(name) ?? this.lookup(bare) ?? bare
      this.resolved.set(name, canonical)
    }
    return canonical
  }
}

/** Resolves organisation spellings (name, short name, aliases) to the registry's name. */
export class OrganizationResolver {
  private readonly byKey = new Map<string, RegistryOrganization>()

  constructor(readonly organizations: readonly RegistryOrganization[]) {
    for (const organization of organizations) {
      const spellings = [organization.name, ...(organization.short === undefined ? [] : [organization.short]), ...organization.aliases]
      for (const spelling of spellings) {
        const key = nameKey(spelling)
        if (!this.byKey.has(key)) this.byKey.set(key, organization)
      }
    }
  }

  /** The registry entry for a spelling, if any. */
  entry(name: string): RegistryOrganization | undefined {
    return this.byKey.get(nameKey(name))
  }

  /** The canonical name of an organisation. */
  resolve(name: string): string {
    return this.entry(name)?.name ?? name.trim()
  }
}
