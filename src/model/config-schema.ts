import * as z from 'zod'
import {frontMatterKeys} from './front-matter.js'
import {configurableRules, defaultConfig, type Config, type RegistryOrganization, type RegistryPerson} from './config.js'
import {expecting, languageTag, text, textList} from './schema-parts.js'

/** Drops keys whose value is undefined, so optional fields are absent rather than `undefined`. */
function compact<T extends object>(value: T): {[K in keyof T]: Exclude<T[K], undefined>} {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>
  }
}

/** `minutes`, `/minutes` and `/minutes/` all become `/minutes/`; empty becomes `/`. */
export function normalisePathPrefix(value: string): string {
  const inner = value.replace(/^\/+|\/+$/g, '')
  return inner === '' ? '/' : `/${inner}/`
}

const urlExpected = 'an absolute `http` or `https` URL such as `https://minutes.example.org`'
const prefixExpected = 'a URL path such as `/` or `/minutes/`'

const registryPerson = z
  .strictObject({
    name: text('a name').meta({description: 'The name person pages use.'}),
    aliases: textList('other spellings of the name').default([]).meta({
      description: 'Other spellings the minutes use ("Ms Fleming", "K. Fleming").'
    }),
    organization: text('an organisation name').optional(),
    role: text('a role such as `Project Advisor`').optional()
  })
  .transform((person): RegistryPerson => compact(person))

const registryOrganization = z
  .strictObject({
    name: text('an organisation name').meta({description: 'The name organisation pages use.'}),
    short: text('a short name such as `UNIAP`').optional(),
    aliases: textList('other names of the organisation').default([]),
    parent: text('the name of the organisation it belongs to').optional().meta({
      description: 'Files this organisation under another (a country office under its programme).'
    })
  })
  .transform((organization): RegistryOrganization => compact(organization))

/** `baseUrl`: an http(s) origin, kept without its trailing slash (also what `--base-url` accepts). */
export const baseUrlSchema = z
  .url({protocol: /^https?$/, error: expecting(urlExpected)})
  // Without the trailing slash, `baseUrl + pathPrefix` never doubles the slash.
  .transform((url) => url.replace(/\/+$/, ''))

/** `pathPrefix`: URL path characters, no `..`, normalised to start and end with `/` (also what `--path-prefix` accepts). */
export const pathPrefixSchema = z
  .string({error: expecting(prefixExpected)})
  .regex(/^[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {error: expecting(prefixExpected), abort: true})
  .refine((value) => !value.split('/').includes('..'), {error: expecting(prefixExpected)})
  .transform(normalisePathPrefix)

const configShape = {
  title: text('the archive title').default(defaultConfig.title).meta({description: 'Site title.'}),
  description: text('a short description of the archive').optional(),
  baseUrl: baseUrlSchema
    .default(defaultConfig.baseUrl)
    .meta({description: 'Origin the site is published at, used in feeds and the sitemap.'}),
  pathPrefix: pathPrefixSchema
    .default(defaultConfig.pathPrefix)
    .meta({description: 'Path the site lives under; normalised to start and end with `/`.'}),
  lang: languageTag().default(defaultConfig.lang).meta({description: 'Default language of the minutes.'}),
  people: z.array(registryPerson, {error: expecting('a list of people')}).default([]).meta({
    description: 'Registry of people, so every spelling lands on one person page.'
  }),
  organizations: z.array(registryOrganization, {error: expecting('a list of organisations')}).default([]).meta({
    description: 'Registry of organisations with short names and aliases.'
  }),
  recommendationCues: textList('phrases that mark a list as recommendations').default([]).meta({
    description: 'Extra phrases that mark a list as recommendations.'
  }),
  privacy: z
    .strictObject(
      {
        redactContacts: z.boolean({error: expecting('`true` or `false`')}).default(true).meta({
          description: 'Replace e-mail addresses and phone numbers in published output (default `true`).'
        })
      },
      {error: expecting('a mapping such as `redactContacts: true`')}
    )
    .default({redactContacts: true}),
  rules: z
    .partialRecord(
      z.enum(configurableRules, {error: expecting(`a rule that can be set, such as \`${configurableRules.join('`, `')}\``)}),
      z.enum(['off', 'warning'], {error: expecting('`off` or `warning`')}),
      {error: expecting('a mapping of rules such as `speaker-not-attendee: off`')}
    )
    .default({})
    .meta({description: 'Check rules switched `off` or made a `warning`, by rule name without `minutebook:`.'}),
  customFrontMatter: z
    .array(
      z
        .string({error: expecting('a front matter key')})
        .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, {error: expecting('a key of letters, digits, `-` and `_`, such as `minute-taker`')})
        .refine((key) => !(frontMatterKeys as readonly string[]).includes(key), {error: expecting('a key minutebook does not already read')}),
      {error: expecting('a list of front matter keys')}
    )
    .default([])
    .meta({description: 'Front matter keys of your own, accepted in meetings and given to the site templates as `meeting.custom`.'})
} satisfies Record<keyof Config, z.ZodType>

/** The schema of `minutebook.yml`: validates the YAML data and fills defaults from {@link defaultConfig}. */
export const configSchema = z
  .strictObject(configShape, {error: expecting('settings keys such as `title` and `baseUrl`')})
  .transform((config): Config => compact(config))
  .meta({
    title: 'minutebook.yml',
    description: 'Archive-wide settings of a minutebook archive: site, registry of people and organisations, privacy.'
  }) satisfies z.ZodType<Config, unknown>
