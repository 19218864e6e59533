import { type AuthUser, can } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type ServiceRequestStatus, serviceRequestEvents, serviceRequests } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import type { FormDocument, LocalizedText } from '@cunshe/forms';
import { and, asc, eq } from 'drizzle-orm';
import { stationNameOf } from '../forms/form-catalogue';
import { formVersionDocument } from '../forms/form-version-document';
import { submissionInScope } from '../forms/submission-scope';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import type { VillageScope } from '../villages/village-scope';
import { type ServiceRequestItem, selectItems, toItem } from './list-service-requests';
import { isOpen, TRANSITIONS } from './workflow';

/** One entry of a request's timeline. */
export interface ServiceRequestEventView {
  id: string;
  kind: 'submitted' | 'transition' | 'assignment' | 'comment';
  from: ServiceRequestStatus | null;
  to: ServiceRequestStatus | null;
  note: string | null;
  station: string | null;
  stationName: LocalizedText | null;
  assignee: { id: string; name: string } | null;
  actor: { id: string; name: string };
  at: string;
}

/** A service request with its answers (ID numbers masked), its form version, its timeline and what the caller may do. */
export interface ServiceRequestDetail {
  request: ServiceRequestItem;
  data: Record<string, unknown>;
  submittedBy: { id: string; name: string };
  document: FormDocument;
  events: ServiceRequestEventView[];
  /** The statuses the request can move to now, if the caller may handle it. */
  allowedTransitions: ServiceRequestStatus[];
  canHandle: boolean;
  canRevealIdNumbers: boolean;
}

/**
 * One service request of the scope, with everything its page shows.
 * @throws NotFoundError when it is not in the scope.
 */
export async function getServiceRequest(
  tx: Tx,
  input: {
    scope: VillageScope;
    user: AuthUser;
    registry: PluginRegistry;
    id: string;
    now?: Date | undefined;
  },
): Promise<ServiceRequestDetail> {
  const now = input.now ?? new Date();
  const { row: submission, village } = await submissionInScope(tx, input.scope, input.id);
  const [row] = await selectItems(tx).where(
    and(eq(serviceRequests.tenantId, input.scope.tenantId), eq(serviceRequests.id, input.id)),
  );
  if (!row) throw new NotFoundError(`No service request ${input.id} in your scope.`);
  const events = await tx
    .select()
    .from(serviceRequestEvents)
    .where(
      and(
        eq(serviceRequestEvents.tenantId, input.scope.tenantId),
        eq(serviceRequestEvents.requestId, input.id),
      ),
    )
    .orderBy(asc(serviceRequestEvents.at), asc(serviceRequestEvents.id));
  const resource = { tenantId: submission.tenantId, townshipId: village.townshipId, villageId: village.id };
  const canHandle = can(input.user, 'service-requests:handle', resource);
  const item = toItem(row, { registry: input.registry, user: input.user, now });
  return {
    request: item,
    data: submission.data,
    submittedBy: { id: submission.submittedBy, name: submission.submittedByName },
    document: await formVersionDocument(tx, submission.tenantId, {
      pluginId: submission.pluginId,
      formKey: submission.formKey,
      version: submission.formVersion,
    }),
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      from: event.fromStatus,
      to: event.toStatus,
      note: event.note,
      station: event.station,
      stationName: stationNameOf(input.registry, event.station),
      assignee: event.assigneeId ? { id: event.assigneeId, name: event.assigneeName ?? '' } : null,
      actor: { id: event.actorId, name: event.actorName },
      at: event.at.toISOString(),
    })),
    allowedTransitions: canHandle && isOpen(item.status) ? [...TRANSITIONS[item.status]] : [],
    canHandle,
    canRevealIdNumbers: can(input.user, 'service-requests:reveal-id', resource),
  };
}
