import { DomainError } from '@cunshe/errors';

/** A plugin's hook or route failed; the host answers 502 and goes on (the cause is logged, never sent). */
export class PluginFailureError extends DomainError {
  readonly status = 502;
  readonly title = 'Plugin failed';
  override name = 'PluginFailureError';
  constructor(
    readonly pluginId: string,
    what: string,
    override readonly cause: unknown,
  ) {
    super(`The plugin "${pluginId}" failed in ${what}; nothing was changed.`);
  }
}
