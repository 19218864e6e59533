import type { AuditActor } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type VillageType, villages } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { PluginDefinition } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { VillageScope } from '../villages/village-scope';
import { setPluginEnabled, targetsVillage } from './set-plugin-enabled';

/**
 * Enables a plugin on every current village of one type in the caller's scope, in the caller's transaction
 * (all or nothing), each change audited and each `onEnable` hook run.
 * @returns how many villages were enabled now, and how many already were.
 * @throws InputError (path `type`) when the plugin does not target that type.
 */
export async function enablePluginByType(
  tx: Tx,
  input: {
    plugin: PluginDefinition;
    scope: VillageScope;
    type: VillageType;
    actor: AuditActor | null;
    requestId?: string | undefined;
    logger: Logger;
  },
): Promise<{ enabled: number; unchanged: number }> {
  const { plugin, scope } = input;
  if (!targetsVillage(plugin, input.type)) {
    const message = `${plugin.id} does not serve ${input.type} villages.`;
    throw new InputError(message, [{ path: 'type', message }]);
  }
  const targets = await tx
    .select({ id: villages.id })
    .from(villages)
    .where(
      and(
        eq(villages.tenantId, scope.tenantId),
        eq(villages.type, input.type),
        eq(villages.isRetired, false),
        scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    );
  let enabled = 0;
  for (const village of targets) {
    const { isChanged } = await setPluginEnabled(tx, { ...input, villageId: village.id, isEnabled: true });
    if (isChanged) enabled += 1;
  }
  return { enabled, unchanged: targets.length - enabled };
}
