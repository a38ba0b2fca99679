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

/**
 * The check rules `minutebook.yml` may switch off or make warnings (`rules: {raw-html: warning}`): every warning and
 * the errors about conventions. Not the errors that keep the archive sound or private (front matter, private blocks,
 * limits, file names and slugs, which decide where pages go): those stay errors whatever the settings say.
 */
export const configurableRules = [
  'action-due-before-meeting',
  'action-owner-unknown',
  'action-without-owner',
  'adoption-without-decision',
  'approves-unknown',
  'attendance-mismatch',
  'closes-unknown',
  'contact-redacted',
  'duplicate-meeting',
  'front-matter-status',
  'heading-increment',
  'item-too-deep',
  'motion-without-outcome',
  'raw-html',
  'speaker-not-attendee'
] as const

/** A rule that {@link configurableRules} lists. */
export type ConfigurableRule = (typeof configurableRules)[number]

/**
 * What `minutebook.yml` makes of a rule: `off`, or its errors made warnings. Not a warning made an error: `build` runs
 * only the rules that are errors (a warning rule made one would fail `check` and pass `build`).
 */
export type RuleSetting = 'off' | 'warning'

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
  /** Rules switched off or made warnings (`rules:`); the others keep their own severity. */
  rules: Partial<Record<ConfigurableRule, RuleSetting>>
  /** Front matter keys of the archive's own (`customFrontMatter:`): accepted in meetings and given to templates. */
  customFrontMatter: string[]
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
  privacy: {redactContacts: true},
  rules: {},
  customFrontMatter: []
}
