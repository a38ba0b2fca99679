import {fileURLToPath} from 'node:url'
import {buildSite, type BuildReport} from '../../src/build/build-site.js'
import {normalizePathPrefix} from '../../src/text/site-paths.js'
import {loadConfig} from '../../src/parse/config.js'

/** The repository root: the example archive (minutebook.yml, meetings/, site/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Builds an archive with the real build into `out` (no cache, no progress lines) and says where it is served;
 * `searchShardSize` splits its search index into shards as a large archive's is.
 */
export async function buildExample(out: string, root = repoRoot, {searchShardSize}: {searchShardSize?: number} = {}): Promise<{pathPrefix: string; report: BuildReport}> {
  const report = await buildSite({root, out, quiet: true, cache: false, ...(searchShardSize === undefined ? {} : {searchShardSize})})
  const config = await loadConfig(root)
  return {pathPrefix: normalizePathPrefix(config.pathPrefix), report}
}
