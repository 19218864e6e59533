import { type AuthUser, assertCan, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { serviceRequestEvents, serviceRequests, users } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { stationsOf } from '../forms/form-catalogue';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import type { VillageScope } from '../villages/village-scope';
import { resourceOf, serviceRequestInScope } from './service-request-scope';
import { assertVersion } from './transition-service-request';
import { isOpen } from './workflow';

/** Roles whose members can be given a request: those who handle requests. */
const HANDLING_ROLES = ['county-admin', 'village-admin', 'station-staff'] as const;

/**
 * Assigns open service requests of the scope to a staff member (or nobody, `null`) and, when `station` is
 * given, to a station (`<plugin-id>:<key>`, or `null`). One request takes the `version` the caller loaded
 * (409 when stale); a bulk assignment of many gives none. Each change raises the request's version and is
 * recorded in its timeline and the audit log.
 * @throws NotFoundError when a request is not in the scope.
 * @throws InputError (path `assigneeId`) for someone who cannot handle requests of the village, (`station`)
 * for an unknown station, (`ids`) for a closed request.
 * @throws ConflictError for a stale `version`.
 */
export async function assignServiceRequests(
  tx: Tx,
  input: {
    registry: PluginRegistry;
    scope: VillageScope;
    user: AuthUser;
    requests: { id: string; version?: number | undefined }[];
    assigneeId: string | null;
    station?: string | null | undefined;
    requestId?: string | undefined;
    now?: Date | undefined;
  },
): Promise<{ id: string; version: number }[]> {
  const now = input.now ?? new Date();
  if (input.station && !stationsOf(input.registry).some((s) => s.id === input.station)) {
    const message = `No loaded plugin has the station ${input.station}.`;
    throw new InputError(message, [{ path: 'station', message }]);
  }
  const [assignee] = input.assigneeId
    ? await tx
        .select({
          id: users.id,
          name: users.displayName,
          role: users.role,
          villageId: users.villageId,
          isDisabled: users.isDisabled,
        })
        .from(users)
        .where(and(eq(users.tenantId, input.scope.tenantId), eq(users.id, input.assigneeId)))
    : [];
  if (input.assigneeId && (!assignee || assignee.isDisabled)) {
    const message = 'No active user of your county has this id.';
    throw new InputError(message, [{ path: 'assigneeId', message }]);
  }
  const results: { id: string; version: number }[] = [];
  for (const { id, version } of input.requests) {
    const found = await serviceRequestInScope(tx, input.scope, id, { forUpdate: true });
    assertCan(input.user, 'service-requests:handle', resourceOf(found));
    const { request } = found;
    if (version !== undefined) assertVersion(request, version);
    if (!isOpen(request.status)) {
      const message = `The request ${id} is ${request.status}; a closed request is not assigned.`;
      throw new InputError(message, [{ path: 'ids', message }]);
    }
    if (
      assignee &&
      !(
        HANDLING_ROLES.some((role) => role === assignee.role) &&
        (assignee.role === 'county-admin' || assignee.villageId === request.villageId)
      )
    ) {
      const message = `${assignee.name} does not handle requests of ${found.village.name}.`;
      throw new InputError(message, [{ path: 'assigneeId', message }]);
    }
    const station = input.station === undefined ? request.station : input.station;
    await tx
      .update(serviceRequests)
      .set({ assigneeId: input.assigneeId, station, version: request.version + 1, updatedAt: now })
      .where(and(eq(serviceRequests.tenantId, request.tenantId), eq(serviceRequests.id, request.id)));
    await tx.insert(serviceRequestEvents).values({
      tenantId: request.tenantId,
      requestId: request.id,
      kind: 'assignment',
      station,
      assigneeId: input.assigneeId,
      assigneeName: assignee?.name ?? null,
      actorId: input.user.id,
      actorName: input.user.displayName,
      at: now,
    });
    await recordAudit(tx, {
      tenantId: request.tenantId,
      actor: input.user,
      action: 'service-request.assigned',
      entity: 'service-request',
      entityId: request.id,
      before: { assigneeId: request.assigneeId, station: request.station },
      after: { assigneeId: input.assigneeId, station },
      requestId: input.requestId,
    });
    results.push({ id: request.id, version: request.version + 1 });
  }
  return results;
}
