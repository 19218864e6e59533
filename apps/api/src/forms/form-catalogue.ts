import { NotFoundError } from '@cunshe/errors';
import { type FormDefinition, type FormDocument, formDocumentOf, type LocalizedText } from '@cunshe/forms';
import type { PluginDefinition } from '@cunshe/plugin-sdk';
import type { PluginRegistry } from '../plugin-host/plugin-registry';

/** A form of a loaded plugin, with its document (JSON Schema, labels, hints). */
export interface CatalogueForm {
  plugin: PluginDefinition;
  form: FormDefinition;
  document: FormDocument;
}

/**
 * The current version of a plugin's form.
 * @throws NotFoundError when no loaded plugin has the form.
 */
export function findForm(registry: PluginRegistry, pluginId: string, formKey: string): CatalogueForm {
  const plugin = registry.get(pluginId);
  const form = plugin.forms?.find((f) => f.key === formKey);
  if (!form) throw new NotFoundError(`The plugin "${pluginId}" has no form "${formKey}".`);
  return { plugin, form, document: formDocumentOf(form) };
}

/** Every form of every loaded plugin, in load order. */
export function allForms(registry: PluginRegistry): CatalogueForm[] {
  return registry.definitions.flatMap((plugin) =>
    (plugin.forms ?? []).map((form) => ({ plugin, form, document: formDocumentOf(form) })),
  );
}

/** A station as requests name it: `<plugin-id>:<station-key>`. */
export function stationId(pluginId: string, stationKey: string): string {
  return `${pluginId}:${stationKey}`;
}

/** Every station (and association) the loaded plugins declare, by `<plugin-id>:<key>`, with its name. */
export function stationsOf(registry: PluginRegistry): { id: string; name: LocalizedText }[] {
  return registry.definitions.flatMap((plugin) =>
    [...(plugin.serviceStations ?? []), ...(plugin.associations ?? [])].map((station) => ({
      id: stationId(plugin.id, station.key),
      name: station.name,
    })),
  );
}

/** The name of a station by its `<plugin-id>:<key>`, or null when no loaded plugin declares it. */
export function stationNameOf(registry: PluginRegistry, station: string | null): LocalizedText | null {
  if (!station) return null;
  return stationsOf(registry).find((s) => s.id === station)?.name ?? null;
}
