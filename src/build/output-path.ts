import {lstatSync, readlinkSync, type Stats} from 'node:fs'
import {isAbsolute, parse, relative, resolve} from 'node:path'

/** True when `child` is `parent` or lies inside it. */
export function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * Why an output folder is unsafe to replace, or undefined when it is fine: the archive root itself,
 * anything inside `meetings/` or the site's templates, any folder that contains them, a filesystem root,
 * and a path that is a file or a symbolic link (the build swaps a whole folder in at that path).
 */
export function unsafeOutputReason(out: string, root: string, siteDir: string): string | undefined {
  const target = resolve(out)
  let stats: Stats | undefined
  try {
    stats = lstatSync(target)
  } catch (error) {
    // Nothing there yet is fine; a path that cannot be looked at is not known to be safe to replace.
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') return `Unexpected output \`${out}\` that cannot be looked at (${code ?? String(error)}), expected a folder or a path not there yet`
    stats = undefined
  }
  // The swap renames whatever is at the path aside and deletes it: a file there (`--out NOTES.txt`) was deleted, and
  // a link was replaced by a folder while the folder it led to, perhaps the one a web server serves, kept the old site.
  if (stats?.isSymbolicLink()) {
    const to = readlinkSync(target)
    return `Unexpected output \`${out}\` that is a symbolic link (to \`${to}\`), expected a folder: a build replaces the output folder whole, so the link would be replaced and \`${to}\` left stale; build into it with \`--out ${resolve(target, '..', to)}\``
  }
  if (stats !== undefined && !stats.isDirectory()) {
    return `Unexpected output \`${out}\` that is a file, expected a folder: a build replaces the output folder whole, and would delete it`
  }
  const meetings = resolve(root, 'meetings')
  if (target === parse(target).root) return `Unexpected output folder \`${out}\`, expected a folder below the filesystem root`
  if (isInside(resolve(root), target)) return `Unexpected output folder \`${out}\` that contains the archive root, expected a folder of its own such as \`_site\``
  for (const [name, folder] of [['meetings', meetings], ['site', resolve(siteDir)]] as const) {
    if (isInside(target, folder) || isInside(folder, target)) {
      return `Unexpected output folder \`${out}\` overlapping \`${name}/\`, expected a folder of its own such as \`_site\``
    }
  }
  return undefined
}
