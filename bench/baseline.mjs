// The baseline: plain Eleventy 3 building the same Markdown files with a minimal layout, then the Pagefind CLI.
import {cp, mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

const layout = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>
`

/** Lays out a plain Eleventy project over the generated meetings in `folder`. */
export async function prepareBaseline(archive, folder) {
  await mkdir(join(folder, 'src', '_includes'), {recursive: true})
  await cp(join(archive, 'meetings'), join(folder, 'src', 'meetings'), {recursive: true})
  await writeFile(join(folder, 'src', '_includes', 'layout.njk'), layout)
  await writeFile(join(folder, 'src', 'meetings', 'meetings.json'), JSON.stringify({layout: 'layout.njk'}))
  await writeFile(
    join(folder, 'eleventy.config.mjs'),
    `export default function (config) {\n  return {dir: {input: 'src', output: '_site'}, templateFormats: ['md'], markdownTemplateEngine: false}\n}\n`
  )
}
