import { NotFoundError } from '@cunshe/errors';
import type { PluginDefinition } from '@cunshe/plugin-sdk';
import type { LoadedPlugin } from './load-plugins';

/** The plugins this host loaded, by id. */
export class PluginRegistry {
  readonly #byId: Map<string, LoadedPlugin>;

  constructor(readonly loaded: readonly LoadedPlugin[] = []) {
    this.#byId = new Map(loaded.map((plugin) => [plugin.definition.id, plugin]));
  }

  /** Every loaded plugin's definition, in load order. */
  get definitions(): PluginDefinition[] {
    return this.loaded.map((plugin) => plugin.definition);
  }

  /**
   * A loaded plugin.
   * @throws NotFoundError when no plugin has the id.
   */
  get(id: string): PluginDefinition {
    const plugin = this.#byId.get(id);
    if (!plugin) throw new NotFoundError(`No plugin "${id}" is installed.`);
    return plugin.definition;
  }
}
