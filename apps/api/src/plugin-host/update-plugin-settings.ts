import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { pluginSettings, townships } from '@cunshe/db/schema';
import { InputError, NotAllowedError, NotFoundError } from '@cunshe/errors';
import type { PluginDefinition } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { VillageScope } from '../villages/village-scope';
import { resolvePluginSettings } from './resolve-plugin-settings';
import { scopedVillage } from './scoped-village';

/** Where settings are given: the county (`scopeId` is the tenant id), a township, or a village. */
export type SettingsTarget = { level: 'county' } | { level: 'township' | 'village'; scopeId: string };

async function townshipOf(tx: Tx, scope: VillageScope, target: SettingsTarget) {
  if (target.level === 'county') {
    if (scope.townshipId || scope.villageId)
      throw new NotAllowedError('Only a county-wide user sets county settings.');
    return { scopeId: scope.tenantId, townshipId: null, villageId: null };
  }
  if (target.level === 'village') {
    const village = await scopedVillage(tx, scope, target.scopeId);
    return { scopeId: village.id, townshipId: village.townshipId, villageId: village.id };
  }
  if (scope.villageId) throw new NotAllowedError('A village user sets village settings only.');
  const [township] = await tx
    .select({ id: townships.id })
    .from(townships)
    .where(and(eq(townships.tenantId, scope.tenantId), eq(townships.id, target.scopeId)));
  if (!township || (scope.townshipId && scope.townshipId !== township.id)) {
    throw new NotFoundError(`No township ${target.scopeId} in your scope.`);
  }
  return { scopeId: township.id, townshipId: township.id, villageId: null };
}

/**
 * Replaces a plugin's settings values at one level, in the caller's transaction, audited. `values` may give
 * any subset of the plugin's settings (the rest is inherited); each value is checked with the plugin's
 * schema, and so is the result for the level.
 * @throws InputError with paths `values.<field>` naming each bad or unknown value.
 * @throws NotFoundError / NotAllowedError when the level's township or village is outside the scope.
 */
export async function updatePluginSettings(
  tx: Tx,
  input: {
    plugin: PluginDefinition;
    scope: VillageScope;
    target: SettingsTarget;
    values: Record<string, unknown>;
    actor: AuditActor;
    requestId?: string | undefined;
  },
): Promise<void> {
  const { plugin, scope } = input;
  if (!plugin.settings) {
    throw new InputError(`${plugin.id} has no settings.`, [
      { path: 'values', message: 'this plugin has no settings' },
    ]);
  }
  const parsed = plugin.settings.partial().strict().safeParse(input.values);
  if (!parsed.success) {
    throw new InputError(
      'The settings are not valid.',
      parsed.error.issues.map((issue) => ({
        path: ['values', ...issue.path, ...('keys' in issue ? [issue.keys.join(',')] : [])].join('.'),
        message: issue.message,
      })),
    );
  }
  const place = await townshipOf(tx, scope, input.target);
  const key = and(
    eq(pluginSettings.tenantId, scope.tenantId),
    eq(pluginSettings.pluginId, plugin.id),
    eq(pluginSettings.level, input.target.level),
    eq(pluginSettings.scopeId, place.scopeId),
  );
  const [before] = await tx.select().from(pluginSettings).where(key).for('update');
  const values = JSON.parse(JSON.stringify(input.values)) as Record<string, unknown>;
  if (before)
    await tx
      .update(pluginSettings)
      .set({ values, changedBy: input.actor.id, changedAt: new Date() })
      .where(key);
  else {
    await tx.insert(pluginSettings).values({
      tenantId: scope.tenantId,
      pluginId: plugin.id,
      level: input.target.level,
      scopeId: place.scopeId,
      values,
      changedBy: input.actor.id,
    });
  }
  await resolvePluginSettings(tx, { plugin, tenantId: scope.tenantId, ...place });
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'plugin.settings-changed',
    entity: input.target.level,
    entityId: place.scopeId,
    before: { pluginId: plugin.id, values: before?.values ?? {} },
    after: { pluginId: plugin.id, values },
    requestId: input.requestId,
  });
}
