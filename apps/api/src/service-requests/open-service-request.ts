import type { AuditActor } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { serviceRequestEvents, serviceRequests } from '@cunshe/db/schema';

/**
 * Opens the service request of a new submission of a service-request form: status `submitted`, the form's
 * station, due `dueInHours` after now, and the first entry of its timeline.
 */
export async function openServiceRequest(
  tx: Tx,
  input: {
    tenantId: string;
    submissionId: string;
    villageId: string;
    station: string | null;
    dueInHours: number | null;
    actor: AuditActor;
    now: Date;
  },
): Promise<void> {
  const dueAt =
    input.dueInHours === null ? null : new Date(input.now.getTime() + input.dueInHours * 3_600_000);
  await tx.insert(serviceRequests).values({
    tenantId: input.tenantId,
    id: input.submissionId,
    villageId: input.villageId,
    station: input.station,
    dueAt,
    createdAt: input.now,
    updatedAt: input.now,
  });
  await tx.insert(serviceRequestEvents).values({
    tenantId: input.tenantId,
    requestId: input.submissionId,
    kind: 'submitted',
    toStatus: 'submitted',
    station: input.station,
    actorId: input.actor.id,
    actorName: input.actor.displayName,
    at: input.now,
  });
}
