/** A problem the user can fix (bad input, bad flag): printed without a stack, exit 1. */
export class UserError extends Error {
  override name = 'UserError'
}

/** A bug or an environment failure: printed with its stack, exit 2. */
export class InternalError extends Error {
  override name = 'InternalError'
}

/** `check` found errors and has already printed them: exit 1 without printing anything more. */
export class CheckFailed extends UserError {
  override name = 'CheckFailed'
}
