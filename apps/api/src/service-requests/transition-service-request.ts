import { type AuthUser, assertCan, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type ServiceRequestStatus, serviceRequestEvents, serviceRequests } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { submissionInScope } from '../forms/submission-scope';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import type { VillageScope } from '../villages/village-scope';
import { notifyFormStatusChanged } from './notify-form-status-changed';
import { resourceOf, serviceRequestInScope } from './service-request-scope';
import { assertTransition, isOpen } from './workflow';

/**
 * Refuses a change made on a stale copy of a request: `version` is the one the caller loaded.
 * @throws ConflictError naming where the request stands now.
 */
export function assertVersion(request: { version: number; status: string }, version: number): void {
  if (request.version !== version) {
    throw new ConflictError(
      `The request changed after you loaded it (it is now ${request.status}, version ${request.version}); reload it and try again.`,
    );
  }
}

/**
 * Moves a service request of the scope along its workflow, in the caller's transaction: the row is locked,
 * the caller's `version` must still be the request's (else 409, nothing is overwritten), the move must be
 * one the workflow allows (a rejection needs its reason in `note`). Accepting an unassigned request assigns
 * it to the one who accepts. The change is recorded in the timeline (who, when, from, to, note) and the
 * audit log, and the form's plugin hears of it.
 * @throws NotFoundError when the request is not in the scope.
 * @throws NotAllowedError without `service-requests:handle` at the request's village.
 * @throws ConflictError for a stale `version`.
 * @throws InputError for a move the workflow does not allow.
 */
export async function transitionServiceRequest(
  tx: Tx,
  input: {
    registry: PluginRegistry;
    scope: VillageScope;
    user: AuthUser;
    id: string;
    to: ServiceRequestStatus;
    note?: string | undefined;
    version: number;
    requestId?: string | undefined;
    logger: Logger;
    now?: Date | undefined;
  },
): Promise<void> {
  const now = input.now ?? new Date();
  const found = await serviceRequestInScope(tx, input.scope, input.id, { forUpdate: true });
  assertCan(input.user, 'service-requests:handle', resourceOf(found));
  const { request } = found;
  assertVersion(request, input.version);
  const note = input.note?.normalize('NFC').trim() || null;
  assertTransition(request.status, input.to, note);
  const assigneeId = input.to === 'accepted' && !request.assigneeId ? input.user.id : request.assigneeId;
  const [updated] = await tx
    .update(serviceRequests)
    .set({
      status: input.to,
      assigneeId,
      version: request.version + 1,
      updatedAt: now,
      closedAt: isOpen(input.to) ? null : now,
      rejectionReason: input.to === 'rejected' ? note : null,
    })
    .where(
      and(
        eq(serviceRequests.tenantId, request.tenantId),
        eq(serviceRequests.id, request.id),
        eq(serviceRequests.version, request.version),
      ),
    )
    .returning({ version: serviceRequests.version });
  // The row is locked above, so this only happens if the lock was not honoured; nothing is overwritten.
  if (!updated)
    throw new ConflictError('The request changed while you were saving; reload it and try again.');
  await tx.insert(serviceRequestEvents).values({
    tenantId: request.tenantId,
    requestId: request.id,
    kind: 'transition',
    fromStatus: request.status,
    toStatus: input.to,
    note,
    ...(assigneeId !== request.assigneeId ? { assigneeId, assigneeName: input.user.displayName } : {}),
    actorId: input.user.id,
    actorName: input.user.displayName,
    at: now,
  });
  const { row: submission } = await submissionInScope(tx, input.scope, request.id);
  const plugin = input.registry.definitions.find((p) => p.id === submission.pluginId);
  if (plugin) {
    await notifyFormStatusChanged(tx, {
      plugin,
      village: { id: found.village.id, tenantId: request.tenantId, townshipId: found.village.townshipId },
      submissionId: request.id,
      formKey: submission.formKey,
      from: request.status,
      to: input.to,
      logger: input.logger,
    });
  }
  await recordAudit(tx, {
    tenantId: request.tenantId,
    actor: input.user,
    action: 'service-request.transitioned',
    entity: 'service-request',
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: input.to, version: request.version + 1, note },
    requestId: input.requestId,
  });
}
