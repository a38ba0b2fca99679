/** A person in the archive registry: one page however the minutes spell them. */
export interface RegistryPerson {
  name: string
  aliases: string[]
  organization?: string
  role?: string
}

/** An organisation in the archive registry; `parent` files it under another (UNIAP-Cambodia under UNIAP). */
export interface RegistryOrganization {
  name: string
  short?: string
  aliases: string[]
  parent?: string
}

/** Archive-wide settings from `minutebook.yml`, with defaults filled in. */
export interface Config {
  title: string
  description?: string
  baseUrl: string
  pathPrefix: string
  lang: string
  people: RegistryPerson[]
  organizations: RegistryOrganization[]
  recommendationCues: string[]
  privacy: {redactContacts: boolean}
}

/** The settings used when an archive has no `minutebook.yml`. */
export const defaultConfig: Config = {
  title: 'Minutes archive',
  baseUrl: 'http://localhost:8080',
  pathPrefix: '/',
  lang: 'en',
  people: [],
  organizations: [],
  recommendationCues: [],
  privacy: {redactContacts: true}
}
