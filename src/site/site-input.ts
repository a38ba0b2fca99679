import {cp, mkdir, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {SiteFolderError} from '../model/errors.js'

/** The site shipped with minutebook: layouts, pages and assets an archive uses unless it overrides them. */
const shippedSiteDirectory = fileURLToPath(new URL('../../site/', import.meta.url))

/** The archive's own `site/`: files here replace the shipped files of the same path. */
export function ownSiteDirectory(root: string): string {
  return join(root, 'site')
}

/**
 * Writes the Eleventy input of an archive into `into`: the shipped site, then every file of the archive's `site/`
 * over the shipped file of the same path, so an archive restyles with `site/assets/style.css` alone. The input is a
 * folder of the archive's own, never the package's: Eleventy ignores everything under `node_modules/`, where the
 * shipped site lies once minutebook is installed as a dependency. Returns `into`.
 */
export async function assembleSite(root: string, into: string): Promise<string> {
  await rm(into, {recursive: true, force: true})
  await mkdir(into, {recursive: true})
  await cp(shippedSiteDirectory, into, {recursive: true})
  // A missing site/ is the common case: the archive uses the shipped site as it is.
  await cp(ownSiteDirectory(root), into, {recursive: true, force: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return
    throw new SiteFolderError(
      `cannot lay \`site/\` over the shipped site (${error.code ?? 'EIO'}), expected a folder whose files replace the shipped files ` +
        'of the same path, with no file where the shipped site has a folder or folder where it has a file',
      {cause: error}
    )
  })
  return into
}
