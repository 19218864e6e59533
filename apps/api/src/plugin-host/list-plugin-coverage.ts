import type { Tx } from '@cunshe/db';
import { townships, villagePlugins, villages } from '@cunshe/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { VillageScope } from '../villages/village-scope';

/** A village where a plugin is enabled. */
export interface PluginCoverageRow {
  pluginId: string;
  villageId: string;
  villageName: string;
  villageCode: string;
  townshipName: string;
  type: string | null;
  overrideReason: string | null;
}

/** Which villages of the scope have which plugins enabled (the county's plugins page), in pinyin order. */
export async function listPluginCoverage(tx: Tx, scope: VillageScope): Promise<PluginCoverageRow[]> {
  return tx
    .select({
      pluginId: villagePlugins.pluginId,
      villageId: villages.id,
      villageName: villages.name,
      villageCode: villages.code,
      townshipName: townships.name,
      type: villages.type,
      overrideReason: villagePlugins.overrideReason,
    })
    .from(villagePlugins)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, villagePlugins.tenantId), eq(villages.id, villagePlugins.villageId)),
    )
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(
      and(
        eq(villagePlugins.tenantId, scope.tenantId),
        eq(villagePlugins.isEnabled, true),
        scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    )
    .orderBy(asc(villagePlugins.pluginId), asc(villages.sortKey));
}
