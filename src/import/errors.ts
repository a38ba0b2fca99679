/** A file that cannot be imported as given (unreadable, wrong kind, no date): the CLI shows it as a user error. */
export class ImportError extends Error {
  override name = 'ImportError'
}
