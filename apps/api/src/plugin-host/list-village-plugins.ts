import type { Tx } from '@cunshe/db';
import { villagePlugins } from '@cunshe/db/schema';
import type { LocalizedText } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VillageScope } from '../villages/village-scope';
import type { PluginRegistry } from './plugin-registry';
import { type ResolvedSettings, resolvePluginSettings } from './resolve-plugin-settings';
import { scopedVillage } from './scoped-village';
import { targetsVillage } from './set-plugin-enabled';

/** One plugin as a village page shows it: available or enabled, and its settings with their sources. */
export interface VillagePluginView {
  id: string;
  version: string;
  name: LocalizedText;
  villageTypes: string[] | 'any';
  isTargeted: boolean;
  isEnabled: boolean;
  overrideReason: string | null;
  settingsSchema: Record<string, unknown> | null;
  settings: ResolvedSettings | null;
}

/**
 * Every installed plugin for one village of the scope: whether it targets the village's type, whether it is
 * enabled (and why, if by override), and its effective settings with where each value comes from.
 * @throws NotFoundError when the village is not in the scope.
 */
export async function listVillagePlugins(
  tx: Tx,
  input: { registry: PluginRegistry; scope: VillageScope; villageId: string },
): Promise<VillagePluginView[]> {
  const village = await scopedVillage(tx, input.scope, input.villageId);
  const rows = await tx
    .select()
    .from(villagePlugins)
    .where(and(eq(villagePlugins.tenantId, village.tenantId), eq(villagePlugins.villageId, village.id)));
  const byPlugin = new Map(rows.map((row) => [row.pluginId, row]));
  const views: VillagePluginView[] = [];
  for (const plugin of input.registry.definitions) {
    const row = byPlugin.get(plugin.id);
    views.push({
      id: plugin.id,
      version: plugin.version,
      name: plugin.name,
      villageTypes: plugin.villageTypes,
      isTargeted: targetsVillage(plugin, village.type),
      isEnabled: row?.isEnabled ?? false,
      overrideReason: row?.overrideReason ?? null,
      settingsSchema: plugin.settings
        ? (z.toJSONSchema(plugin.settings, { io: 'input' }) as Record<string, unknown>)
        : null,
      settings: plugin.settings
        ? await resolvePluginSettings(tx, {
            plugin,
            tenantId: village.tenantId,
            townshipId: village.townshipId,
            villageId: village.id,
          })
        : null,
    });
  }
  return views;
}
