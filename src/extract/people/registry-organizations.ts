import type {Config} from '../../model/config.js'
import {nameKey} from '../../text/names.js'

/** Every way the registry writes one organisation: name, short name and aliases. */
export function organizationWritings(organization: Config['organizations'][number]): string[] {
  return [organization.name, ...(organization.short === undefined ? [] : [organization.short]), ...organization.aliases]
}

/** The registry's name for an organisation written `text` (by name, short name or alias), else the text itself. */
export function canonicalOrganization(config: Config, text: string): string {
  const key = nameKey(text)
  const found = config.organizations.find((organization) =>
    organizationWritings(organization).some((writing) => nameKey(writing) === key)
  )
  return found ? found.name : text.replace(/\s+/gu, ' ').trim()
}
