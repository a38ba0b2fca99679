import {isAbsolute, parse, relative, resolve} from 'node:path'

/** True when `child` is `parent` or lies inside it. */
export function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * Why an output folder is unsafe to replace, or undefined when it is fine: the archive root itself,
 * anything inside `meetings/` or the site's templates, any folder that contains them, a filesystem root.
 */
export function unsafeOutputReason(out: string, root: string, siteDir: string): string | undefined {
  const target = resolve(out)
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
