// The search page: a small UI over Pagefind's JS API. Reading the archive needs no script; this is the only
// one. The query comes from `?q=` (the home page's search box is a plain GET form to /search/), filters from
// `?series=`, `?year=`, `?person=`, `?organization=`, `?kind=`, so a filtered search is a link that can be shared.
import {bestParts, subResultUrl} from './search-results.js'
import {segmentQuery} from './search-segment.js'

const root = document.querySelector('[data-search]')
const form = root?.querySelector('form')
const input = form?.querySelector('input[name="q"]')
const narrow = root?.querySelector('[data-search-narrow]')
const filterBox = root?.querySelector('[data-search-filters]')
const status = root?.querySelector('[data-search-status]')
const list = root?.querySelector('[data-search-results]')
const more = root?.querySelector('[data-search-more]')

/** The filters Pagefind knows, in the order the page shows them, with their labels. */
const filterLabels = [
  ['series', 'Series'],
  ['year', 'Year'],
  ['person', 'Person'],
  ['organization', 'Organisation'],
  ['kind', 'Contains']
]
const kindLabels = {meeting: 'Anything', decision: 'Decisions', action: 'Actions', recommendation: 'Recommendations'}
// Each result loads its meeting's index fragment: ten keep a first query small on a large archive.
const pageSize = 10

let pagefind
let vocabulary = new Set()
let results = []
let shown = 0
let searchNumber = 0

/** Pagefind's excerpt with its <mark> kept and everything else as text, never parsed as HTML. */
function renderExcerpt(excerpt) {
  const fragment = document.createDocumentFragment()
  let marked = false
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true
    else if (part === '</mark>') marked = false
    else if (part !== '') {
      const text = document.createTextNode(part.replaceAll('&lt;', '<').replaceAll('&gt;', '>'))
      if (marked) {
        const mark = document.createElement('mark')
        mark.append(text)
        fragment.append(mark)
      } else {
        fragment.append(text)
      }
    }
  }
  return fragment
}

/**
 * One result per meeting: the agenda item that matches best, linking to its anchor, the meeting it belongs to,
 * its excerpt, then up to three other items of the same meeting that match too.
 */
function renderResult(data) {
  const [best, ...others] = bestParts(data, 4)
  const item = document.createElement('li')
  item.className = 'search-result'
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  const onItem = best?.anchor?.id !== undefined
  link.href = best ? subResultUrl(data, best) : data.url
  link.textContent = onItem ? best.title : data.meta.title
  heading.append(link)
  item.append(heading)
  if (onItem) {
    const source = document.createElement('p')
    source.className = 'search-result-source'
    source.textContent = data.meta.title
    item.append(source)
  }
  const excerpt = document.createElement('p')
  excerpt.className = 'search-result-excerpt'
  excerpt.append(renderExcerpt(best?.excerpt ?? data.excerpt))
  item.append(excerpt)
  if (others.length > 0) {
    const list = document.createElement('ul')
    list.className = 'search-result-parts'
    list.setAttribute('aria-label', 'Also in this meeting')
    for (const sub of others) {
      const entry = document.createElement('li')
      const partLink = document.createElement('a')
      partLink.href = subResultUrl(data, sub)
      partLink.textContent = sub.anchor?.id ? sub.title : 'Top of the minutes'
      const partExcerpt = document.createElement('span')
      partExcerpt.className = 'search-result-part-excerpt'
      partExcerpt.append(renderExcerpt(sub.excerpt))
      entry.append(partLink, ' ', partExcerpt)
      list.append(entry)
    }
    item.append(list)
  }
  return item
}

/** The chosen filter values, as Pagefind takes them (`{person: ['Kristy Fleming']}`). */
function chosenFilters() {
  const filters = {}
  for (const [name] of filterLabels) {
    const value = form.elements.namedItem(name)?.value
    if (value) filters[name] = [value]
  }
  return filters
}

/** Shows the next page of results, unless a newer search replaced them while their data loaded. */
async function showMore() {
  const number = searchNumber
  const next = results.slice(shown, shown + pageSize)
  const data = await Promise.all(next.map((result) => result.data()))
  if (number !== searchNumber) return
  for (const hit of data) list.append(renderResult(hit))
  shown += next.length
  more.hidden = shown >= results.length
}

/** Mirrors the form in the address bar so the search can be bookmarked and shared. */
function updateAddress(query, filters) {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  for (const [name, values] of Object.entries(filters)) params.set(name, values[0])
  const search = params.toString()
  history.replaceState(null, '', search ? `?${search}` : location.pathname)
}

/** Runs the search the form describes and shows the first page of results. */
async function runSearch() {
  const number = ++searchNumber
  const query = input.value.trim()
  const filters = chosenFilters()
  updateAddress(query, filters)
  if (!query && Object.keys(filters).length === 0) {
    results = []
    list.replaceChildren()
    more.hidden = true
    status.textContent = ''
    return
  }
  // Khmer and Thai queries get the same word breaks as the index (src/site/search/segment.ts).
  const response = await pagefind.search(query ? segmentQuery(query, vocabulary) : null, {filters})
  if (number !== searchNumber || !response) return
  results = response.results
  shown = 0
  list.replaceChildren()
  await showMore()
  if (number !== searchNumber) return
  const count = results.length
  const what = query ? ` for “${query}”` : ''
  status.textContent = count === 0 ? `No results${what}.` : `${count} ${count === 1 ? 'result' : 'results'}${what}.`
}

/** One labelled <select> per filter, holding every value with its count; the page's URL picks the choice. */
function renderFilters(available, params) {
  for (const [name, label] of filterLabels) {
    const counts = available[name] ?? {}
    const values = Object.keys(counts).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)))
    if (values.length === 0) continue
    const wrapper = document.createElement('div')
    wrapper.className = 'search-filter'
    const id = `search-filter-${name}`
    const labelElement = document.createElement('label')
    labelElement.htmlFor = id
    labelElement.textContent = label
    const select = document.createElement('select')
    select.id = id
    select.name = name
    select.append(new Option(name === 'kind' ? kindLabels.meeting : 'Any', ''))
    for (const value of values) {
      if (name === 'kind' && value === 'meeting') continue
      const text = name === 'kind' ? (kindLabels[value] ?? value) : value
      select.append(new Option(`${text} (${counts[value]})`, value))
    }
    select.value = params.get(name) ?? ''
    select.addEventListener('change', () => void runSearch())
    wrapper.append(labelElement, select)
    filterBox.append(wrapper)
  }
  // A site/ copied from an older minutebook has the filters without the "Narrow the results" disclosure.
  ;(narrow ?? filterBox).hidden = filterBox.childElementCount === 0
}

let filtersShown

/**
 * Loads the filter values and their counts (every filter file of the index) once, when the reader opens
 * "Narrow the results" or the address already asks for a filter: a plain query does not pay for them.
 */
function showFilters(params) {
  filtersShown ??= pagefind.filters().then((available) => renderFilters(available, params))
  return filtersShown
}

/** Loads Pagefind from the site's bundle (the page names it, so a path prefix is honoured) and wires the form. */
async function start() {
  if (!root || !form || !input) return
  form.hidden = false
  const bundle = root.dataset.bundle ?? '/_pagefind/'
  // Pages already carry the full URL with the path prefix; stop Pagefind adding it a second time.
  const options = {baseUrl: '/', excerptLength: 30}
  try {
    // words.json lists the index's Khmer/Thai words, which queries are aligned to, and the bundles of the older
    // years' shards, merged into the main one; it is fetched while Pagefind loads.
    const listing = fetch(`${bundle}words.json`).then((response) => {
      if (!response.ok) throw new Error(`words.json: ${response.status}`)
      return response.json()
    })
    pagefind = await import(`${bundle}pagefind.js`)
    await pagefind.options(options)
    const {words = [], shards = []} = await listing
    vocabulary = new Set(words)
    await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${bundle}${shard}`, options)))
  } catch {
    status.textContent = 'Search is not available: the search index could not be loaded.'
    return
  }
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  if (!narrow || filterLabels.some(([name]) => params.has(name))) {
    if (narrow) narrow.open = true
    await showFilters(params)
  } else {
    narrow.addEventListener('toggle', () => {
      if (narrow.open) void showFilters(new URLSearchParams(location.search))
    })
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void runSearch()
  })
  let timer
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void runSearch(), 250)
  })
  more.addEventListener('click', () => void showMore())
  root.dataset.ready = 'true'
  await runSearch()
}

void start()
