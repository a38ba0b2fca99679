/** Strings at most this long are shared: names, roles, organisations, anchors; not the text of the minutes. */
const sharedLength = 80

/**
 * One copy of each short string across the meetings a build holds. Each parse result comes with its own copies of
 * the names, roles, organisations and anchors that recur through an archive's meetings (the same chair in every
 * item, the same ministry in every year); at 1,000 generated meetings two thirds of the bytes of the short strings
 * held after the read were such repeats.
 */
export class StringPool {
  private readonly strings = new Map<string, string>()

  /** Puts the pool's copy of each short string of `value` (plain objects and arrays, walked in place) in its place. */
  share<T>(value: T): T {
    return this.shared(value) as T
  }

  private shared(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.length > sharedLength) return value
      const kept = this.strings.get(value)
      if (kept !== undefined) return kept
      this.strings.set(value, value)
      return value
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = this.shared(value[index])
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      for (const key of Object.keys(record)) record[key] = this.shared(record[key])
    }
    return value
  }
}
