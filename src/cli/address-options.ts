import {InvalidArgumentError, Option} from 'commander'
import type {z} from 'zod'
import {baseUrlSchema, pathPrefixSchema} from '../model/config-schema.js'

/** A commander argument parser that checks a value as `minutebook.yml` would and keeps its normal form. */
function parser(schema: z.ZodType<string, string>) {
  return (value: string): string => {
    const result = schema.safeParse(value)
    if (result.success) return result.data
    // The schema words it as `minutebook.yml` problems are: "Unexpected `x`, expected ...".
    throw new InvalidArgumentError(result.error.issues[0]?.message ?? `Unexpected \`${value}\``)
  }
}

/** Checks a base URL as `minutebook.yml`'s `baseUrl`; throws commander's InvalidArgumentError. */
export const parseBaseUrl = parser(baseUrlSchema)

/** Checks a path prefix as `minutebook.yml`'s `pathPrefix` and normalises it (`minutes` -> `/minutes/`). */
export const parsePathPrefix = parser(pathPrefixSchema)

/**
 * `--base-url` and `--path-prefix`, over `minutebook.yml`'s `baseUrl` and `pathPrefix`: the address a host such as
 * GitHub Pages serves the site at is known in CI, not when the archive is written.
 */
export function addressOptions(): Option[] {
  return [
    new Option('--base-url <url>', 'address the site is published at, such as https://example.github.io (over minutebook.yml)').argParser(parseBaseUrl),
    new Option('--path-prefix <path>', 'path the site lives under, such as /minutes/ (over minutebook.yml)').argParser(parsePathPrefix)
  ]
}
