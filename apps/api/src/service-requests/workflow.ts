import type { ServiceRequestStatus } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';

/**
 * The workflow of a service request: submitted -> accepted -> in progress -> resolved, or rejected (with a
 * reason) from any open status. A quick errand may be resolved straight after it is accepted; resolved and
 * rejected are final.
 */
export const TRANSITIONS: Readonly<Record<ServiceRequestStatus, readonly ServiceRequestStatus[]>> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['in-progress', 'resolved', 'rejected'],
  'in-progress': ['resolved', 'rejected'],
  resolved: [],
  rejected: [],
};

/** Statuses of a request still being worked on; only these can be overdue. */
export const OPEN_STATUSES: readonly ServiceRequestStatus[] = ['submitted', 'accepted', 'in-progress'];

/** Whether a request in `status` is still being worked on. */
export function isOpen(status: ServiceRequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Whether a request is past its due time and still open. */
export function isOverdue(request: { status: ServiceRequestStatus; dueAt: Date | null }, now: Date): boolean {
  return isOpen(request.status) && request.dueAt !== null && request.dueAt.getTime() < now.getTime();
}

/**
 * Refuses a move the workflow does not allow, and a rejection without a reason.
 * @throws InputError (path `to`) for a move the workflow does not allow, (path `note`) for a rejection without a reason.
 */
export function assertTransition(
  from: ServiceRequestStatus,
  to: ServiceRequestStatus,
  note: string | null,
): void {
  if (!TRANSITIONS[from].includes(to)) {
    const message = `A ${from} request cannot become ${to}; it can become ${TRANSITIONS[from].join(' or ') || 'nothing (it is closed)'}.`;
    throw new InputError(message, [{ path: 'to', message }]);
  }
  if (to === 'rejected' && !note) {
    const message = 'Give the reason for rejecting the request.';
    throw new InputError(message, [{ path: 'note', message }]);
  }
}
