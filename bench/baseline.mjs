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

// The same first query against plain Pagefind: its JavaScript API, the first ten results' data, as the archive's
// search page loads them (site/assets/search.js shows ten at a time).
const searchPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body><main><ol id="results"></ol></main>
<script type="module">
const query = new URLSearchParams(location.search).get('q') ?? ''
const pagefind = await import('/pagefind/pagefind.js')
const search = await pagefind.search(query)
const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()))
document.getElementById('results').innerHTML = data.map((page) => \`<li><a href="\${page.url}">\${page.meta.title}</a><p>\${page.excerpt}</p></li>\`).join('')
</script></body></html>
`

/** Adds the search page to the baseline's built site (after Pagefind ran, so it is not indexed). */
export async function addBaselineSearchPage(site) {
  await mkdir(join(site, 'search'), {recursive: true})
  await writeFile(join(site, 'search', 'index.html'), searchPage)
}
