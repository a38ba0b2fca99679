import {describe, expect, it} from 'vitest'
import {buildArchive} from '../../src/archive/build-archive.js'
import {defaultConfig} from '../../src/model/config.js'
import minutebookPlugin, {restrictToSite, validatePluginOptions, type EleventySiteConfigLike} from '../../src/site/plugin.js'

/** Records what the plugin asks of Eleventy; every setter a build may call is recorded too, so none goes unseen. */
function fakeEleventyConfig() {
  const calls: {name: string; args: unknown[]}[] = []
  const filters = new Map<string, (...args: never[]) => unknown>()
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({name, args})
    }
  const config: EleventySiteConfigLike = {
    versionCheck: record('versionCheck'),
    addGlobalData: record('addGlobalData'),
    setTemplateFormats: record('setTemplateFormats'),
    setFrontMatterParsingOptions: record('setFrontMatterParsingOptions'),
    setNunjucksEnvironmentOptions: record('setNunjucksEnvironmentOptions'),
    setDataFileSuffixes: record('setDataFileSuffixes'),
    setUseGitIgnore: record('setUseGitIgnore'),
    addPlugin: (plugin, options) => {
      calls.push({name: 'addPlugin', args: [plugin, options]})
      plugin(config, options as never)
    },
    addFilter: (name, filter) => {
      filters.set(name, filter)
    }
  }
  return {config, calls, filters}
}

describe('minutebookPlugin', () => {
  const archive = buildArchive([], defaultConfig)

  it('checks the Eleventy version and adds the archive as global data, changing none of the host\'s settings', () => {
    const {config, calls, filters} = fakeEleventyConfig()
    minutebookPlugin(config, {archive, config: {...defaultConfig, pathPrefix: 'minutes'}})
    expect(calls.find((call) => call.name === 'versionCheck')?.args).toEqual(['>=3.0'])
    expect(calls.map((call) => call.name).filter((name) => name !== 'versionCheck' && name !== 'addGlobalData')).toEqual([])
    const globals = calls.filter((call) => call.name === 'addGlobalData').map((call) => call.args[0])
    expect(globals).toEqual([
      'archive',
      'registers',
      'meetingYears',
      'meetingPages',
      'personPages',
      'organizationPages',
      'seriesPages',
      'personYearPages',
      'organizationYearPages',
      'seriesYearPages',
      'decisionYearPages',
      'actionYearPages',
      'recommendationYearPages',
      'site'
    ])
    const site = calls.find((call) => call.name === 'addGlobalData' && call.args[0] === 'site')?.args[1]
    expect(site).toEqual({title: 'Minutes archive', description: '', baseUrl: 'http://localhost:8080', pathPrefix: '/minutes/', lang: 'en', drafts: false})
    expect([...filters.keys()].sort()).toEqual(['adoptedDecisions', 'itemLabel', 'longDate', 'meetingParts', 'outcomeLabel', 'ownerNames', 'voteCount'])
  })

  it('gives templates the decisions that count, the owners of an action one by one, votes and outcome labels', () => {
    const {config, filters} = fakeEleventyConfig()
    minutebookPlugin(config, {archive, config: defaultConfig})
    const call = (name: string, value: unknown) => (filters.get(name) as (value: unknown) => unknown)(value)
    const decisions = [{text: 'a'}, {text: 'b', outcome: 'carried'}, {text: 'c', outcome: 'failed'}, {text: 'd', outcome: 'withdrawn'}, {text: 'e', outcome: 'deferred'}]
    expect(call('adoptedDecisions', decisions)).toEqual([{text: 'a'}, {text: 'b', outcome: 'carried'}])
    expect(call('ownerNames', 'Dana Ellison; Tomás Okafor')).toEqual(['Dana Ellison', 'Tomás Okafor'])
    expect(call('ownerNames', undefined)).toEqual([])
    expect(call('voteCount', {for: 3, against: 0, abstain: 1})).toBe('3 for, 0 against, 1 abstaining')
    expect(call('outcomeLabel', {outcome: 'withdrawn'})).toBe('Withdrawn')
  })

  it('lets minutebook\'s own build limit formats to Nunjucks, shut out directory data and refuse JavaScript front matter', () => {
    const {config, calls} = fakeEleventyConfig()
    restrictToSite(config, defaultConfig)
    expect(calls.find((call) => call.name === 'setTemplateFormats')?.args).toEqual([['njk']])
    expect(calls.find((call) => call.name === 'setDataFileSuffixes')?.args).toEqual([[]])
    const options = calls.find((call) => call.name === 'setFrontMatterParsingOptions')?.args[0] as {engines: Record<string, () => unknown>}
    expect(Object.keys(options.engines).sort()).toEqual(['javascript', 'js', 'jsLegacy'])
    expect(() => options.engines['javascript']!()).toThrow('minutebook: Unexpected JavaScript front matter, expected YAML front matter')
  })

  it('names itself and the bad key when options are wrong', () => {
    expect(() => validatePluginOptions({config: defaultConfig})).toThrow(
      'minutebook Eleventy plugin: Unexpected options, expected {archive, config, drafts?, meetingPages?, personPages?, organizationPages?, seriesPages?, ' +
        'personYearPages?, organizationYearPages?, seriesYearPages?, decisionYearPages?, actionYearPages?, recommendationYearPages?}: `archive`:'
    )
    expect(() => validatePluginOptions({archive, config: defaultConfig, drafts: 'yes'})).toThrow(/`drafts`: /)
  })
})
