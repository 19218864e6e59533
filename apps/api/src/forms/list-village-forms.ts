import type { Tx } from '@cunshe/db';
import { villagePlugins } from '@cunshe/db/schema';
import type { LocalizedText } from '@cunshe/forms';
import { and, eq } from 'drizzle-orm';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { scopedVillage } from '../plugin-host/scoped-village';
import type { VillageScope } from '../villages/village-scope';
import { allForms, stationId, stationNameOf } from './form-catalogue';

/** A form a village's staff can fill in: its plugin's enabled there. */
export interface VillageForm {
  pluginId: string;
  pluginName: LocalizedText;
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  station: string | null;
  stationName: LocalizedText | null;
  isServiceRequest: boolean;
  dueInHours: number | null;
}

/**
 * The forms of the plugins enabled in one village of the scope, in load order.
 * @throws NotFoundError when the village is not in the scope.
 */
export async function listVillageForms(
  tx: Tx,
  input: { registry: PluginRegistry; scope: VillageScope; villageId: string },
): Promise<VillageForm[]> {
  const village = await scopedVillage(tx, input.scope, input.villageId);
  const enabled = await tx
    .select({ pluginId: villagePlugins.pluginId })
    .from(villagePlugins)
    .where(
      and(
        eq(villagePlugins.tenantId, village.tenantId),
        eq(villagePlugins.villageId, village.id),
        eq(villagePlugins.isEnabled, true),
      ),
    );
  const ids = new Set(enabled.map((row) => row.pluginId));
  return listForms(input.registry).filter((form) => ids.has(form.pluginId));
}

/** Every form of the loaded plugins (their current versions), in load order. */
export function listForms(registry: PluginRegistry): VillageForm[] {
  return allForms(registry).map(({ plugin, document }) => {
    const station = document.station ? stationId(plugin.id, document.station) : null;
    return {
      pluginId: plugin.id,
      pluginName: plugin.name,
      key: document.key,
      version: document.version,
      title: document.title,
      description: document.description,
      station,
      stationName: stationNameOf(registry, station),
      isServiceRequest: document.isServiceRequest,
      dueInHours: document.dueInHours,
    };
  });
}
