import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { villagePlugins } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { Association, PluginDefinition, PluginTx } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { ensureAssociationBranch } from '../party/organizations/ensure-association-branch';
import type { VillageScope } from '../villages/village-scope';
import { PluginFailureError } from './plugin-failure';
import { resolvePluginSettings } from './resolve-plugin-settings';
import { scopedVillage } from './scoped-village';

/** Whether a plugin targets a village's type (or any). */
export function targetsVillage(plugin: PluginDefinition, type: string | null): boolean {
  return plugin.villageTypes === 'any' || (type !== null && plugin.villageTypes.some((t) => t === type));
}

/** The name of an association's party branch: its Chinese name and 党支部 (蚕桑协会 -> 蚕桑协会党支部). */
export function associationBranchName(association: Association): string {
  return `${association.name['zh-CN']}党支部`;
}

/**
 * Enables or disables a plugin on one village of the caller's scope, in the caller's transaction:
 * a plugin that targets other village types needs a written `overrideReason` (audited); the plugin's
 * `onEnable`/`onDisable` hook runs with the village's settings, and if it throws, the change is rolled back
 * and the error logged. Enabling also gives each of the plugin's associations that `hasPartyBranch` its
 * party branch among the village's organizations, under the village branch (once: see
 * `ensureAssociationBranch`). Disabling keeps every row the plugin wrote, and those branches; enabling
 * again shows them again.
 * @returns whether anything changed.
 * @throws NotFoundError when the village is not in the scope.
 * @throws InputError (path `overrideReason`) when the village's type is not targeted and no reason is given.
 * @throws PluginFailureError when the plugin's hook throws.
 * @throws ConflictError when an association branch's name is taken by another organization of the village.
 */
export async function setPluginEnabled(
  tx: Tx,
  input: {
    plugin: PluginDefinition;
    scope: VillageScope;
    villageId: string;
    isEnabled: boolean;
    overrideReason?: string | undefined;
    /** Who enables it; null for the demo seeding. */
    actor: AuditActor | null;
    requestId?: string | undefined;
    logger: Logger;
  },
): Promise<{ isChanged: boolean }> {
  const { plugin, scope } = input;
  const village = await scopedVillage(tx, scope, input.villageId);
  const reason = input.overrideReason?.normalize('NFC').trim() || null;
  if (input.isEnabled && !targetsVillage(plugin, village.type) && !reason) {
    const message = `${plugin.name['zh-CN']} serves ${String(plugin.villageTypes)} villages; ${village.name} is ${village.type ?? 'untyped'}. Give a reason to enable it anyway.`;
    throw new InputError(message, [{ path: 'overrideReason', message }]);
  }
  const key = and(
    eq(villagePlugins.tenantId, scope.tenantId),
    eq(villagePlugins.villageId, village.id),
    eq(villagePlugins.pluginId, plugin.id),
  );
  const [before] = await tx.select().from(villagePlugins).where(key).for('update');
  if ((before?.isEnabled ?? false) === input.isEnabled) return { isChanged: false };
  const row = {
    isEnabled: input.isEnabled,
    overrideReason: input.isEnabled ? reason : (before?.overrideReason ?? null),
    changedBy: input.actor?.id ?? null,
    changedAt: new Date(),
  };
  if (before) await tx.update(villagePlugins).set(row).where(key);
  else
    await tx
      .insert(villagePlugins)
      .values({ tenantId: scope.tenantId, villageId: village.id, pluginId: plugin.id, ...row });

  const hook = input.isEnabled ? plugin.hooks?.onEnable : plugin.hooks?.onDisable;
  if (hook) {
    const { values } = await resolvePluginSettings(tx, { plugin, ...village, villageId: village.id });
    try {
      await hook({
        tenantId: scope.tenantId,
        villageId: village.id,
        settings: values,
        tx: tx as unknown as PluginTx,
      });
    } catch (error) {
      input.logger.error({ err: error, pluginId: plugin.id, hook: hook.name }, 'plugin hook failed');
      throw new PluginFailureError(plugin.id, input.isEnabled ? 'onEnable' : 'onDisable', error);
    }
  }
  if (input.isEnabled) {
    // The associations' own party branches join the village's party organizations; disabling keeps them.
    for (const association of plugin.associations ?? []) {
      if (!association.hasPartyBranch) continue;
      await ensureAssociationBranch(tx, {
        scope,
        actor: input.actor,
        requestId: input.requestId,
        villageId: village.id,
        pluginId: plugin.id,
        associationKey: association.key,
        name: associationBranchName(association),
      });
    }
  }
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: input.isEnabled ? 'plugin.enabled' : 'plugin.disabled',
    entity: 'village',
    entityId: village.id,
    before: { pluginId: plugin.id, isEnabled: before?.isEnabled ?? false },
    after: { pluginId: plugin.id, isEnabled: input.isEnabled, overrideReason: row.overrideReason },
    requestId: input.requestId,
  });
  return { isChanged: true };
}
