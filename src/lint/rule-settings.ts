import type {VFileMessage} from 'vfile-message'
import type {Config, ConfigurableRule} from '../model/config.js'

/**
 * The messages as `minutebook.yml`'s `rules:` wants them: those of a rule set `off` dropped, those of a rule set to
 * `warning` made warnings. `check` and `build` both apply it, so they agree on what fails.
 */
export function applyRuleSettings(messages: readonly VFileMessage[], config: Pick<Config, 'rules'>): VFileMessage[] {
  // `?? {}`: a Config written by hand before `rules` existed still works.
  const settings = (config.rules ?? {}) as Partial<Record<string, Config['rules'][ConfigurableRule]>>
  return messages.flatMap((message) => {
    const setting = message.source === 'minutebook' && message.ruleId ? settings[message.ruleId] : undefined
    if (setting === undefined) return [message]
    if (setting === 'off') return []
    message.fatal = false
    return [message]
  })
}
