import { type AuthUser, can, recordAudit, villageScopeOf } from '@cunshe/auth';
import type { Database, Tx } from '@cunshe/db';
import { villagePlugins } from '@cunshe/db/schema';
import { NotAllowedError, NotFoundError } from '@cunshe/errors';
import type { PluginDefinition, PluginRequestContext, PluginTx } from '@cunshe/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { VillageScope } from '../villages/village-scope';
import type { PluginRegistry } from './plugin-registry';
import { pluginServiceRequest, transitionPluginServiceRequest } from './plugin-service-requests';
import { resolvePluginSettings } from './resolve-plugin-settings';
import { scopedVillage } from './scoped-village';

/** The village scope of a county user, as plugin operations take it. */
export function scopeOfUser(user: AuthUser): VillageScope {
  const scope = villageScopeOf(user);
  if (user.tenantId === null) throw new NotAllowedError('This account has no county.');
  return scope === 'county' ? { tenantId: user.tenantId } : { tenantId: user.tenantId, ...scope };
}

/**
 * Builds what a plugin route sees as `c.var.cunshe` for one request: the user, a transaction scoped to the
 * user's county, the plugin's settings for a village of the user's scope where it is enabled, and the
 * permission check for `<plugin-id>:<action>` (held by the roles the plugin names, or granted by the county),
 * and the service requests of the plugin's own forms, read and moved through the core workflow.
 * @throws NotAllowedError for a user without a county (the platform operator).
 */
export function pluginContext(input: {
  database: Database;
  plugin: PluginDefinition;
  user: AuthUser;
  requestId: string;
  registry: PluginRegistry;
  logger: Logger;
}): PluginRequestContext<Record<string, unknown>> {
  const { database, plugin, user, requestId } = input;
  const scope = scopeOfUser(user);
  const tenantId = scope.tenantId;
  const withTenant = <T>(fn: (tx: PluginTx) => Promise<T>) =>
    database.withTenant(tenantId, (tx) => fn(tx as unknown as PluginTx));
  return {
    pluginId: plugin.id,
    user: {
      id: user.id,
      displayName: user.displayName,
      role: user.role as PluginRequestContext<unknown>['user']['role'],
      tenantId,
      townshipId: user.townshipId,
      villageId: user.villageId,
    },
    requestId,
    withTenant,
    settingsFor: (villageId) =>
      database.withTenant(tenantId, async (tx) => {
        const village = await scopedVillage(tx, scope, villageId);
        const [enabled] = await tx
          .select({ isEnabled: villagePlugins.isEnabled })
          .from(villagePlugins)
          .where(
            and(
              eq(villagePlugins.tenantId, tenantId),
              eq(villagePlugins.villageId, village.id),
              eq(villagePlugins.pluginId, plugin.id),
            ),
          );
        if (!enabled?.isEnabled) throw new NotFoundError(`${plugin.id} is not enabled in ${village.name}.`);
        const { values } = await resolvePluginSettings(tx, { plugin, ...village, villageId: village.id });
        return values;
      }),
    can: (action) => {
      const name = `${plugin.id}:${action}` as const;
      const declared = plugin.permissions?.find((p) => p.action === action);
      const isDefault = declared?.roles.some((role) => role === user.role) === true;
      return can(user, name) || (isDefault && (user.role !== 'viewer' || /^read(-|$)/.test(action)));
    },
    audit: (tx, entry) =>
      recordAudit(tx as unknown as Tx, {
        tenantId,
        actor: user,
        action: `${plugin.id}.${entry.action}`,
        entity: entry.entity,
        entityId: entry.entityId,
        before: entry.before,
        after: entry.after,
        requestId,
      }),
    serviceRequest: (tx, id) => pluginServiceRequest(tx as unknown as Tx, { pluginId: plugin.id, scope, id }),
    transitionServiceRequest: (tx, change) =>
      transitionPluginServiceRequest(tx as unknown as Tx, {
        pluginId: plugin.id,
        registry: input.registry,
        scope,
        user,
        change,
        requestId,
        logger: input.logger,
      }),
  };
}
