import type { FormSubmission, ServiceRequestStatus } from '@cunshe/db/schema';

/** A submission as the API answers it: ID numbers masked, attachments as references. */
export interface SubmissionView {
  id: string;
  villageId: string;
  pluginId: string;
  formKey: string;
  formVersion: number;
  station: string | null;
  villager: { name: string; phone: string | null };
  data: Record<string, unknown>;
  submittedBy: { id: string; name: string };
  createdAt: string;
  /** The submission's service request, for a service-request form. */
  serviceRequest: { status: ServiceRequestStatus; version: number; dueAt: string | null } | null;
}

/** The {@link SubmissionView} of a stored submission (and its service request, if any). */
export function submissionView(
  row: FormSubmission,
  request: { status: ServiceRequestStatus; version: number; dueAt: Date | null } | null,
): SubmissionView {
  return {
    id: row.id,
    villageId: row.villageId,
    pluginId: row.pluginId,
    formKey: row.formKey,
    formVersion: row.formVersion,
    station: row.station,
    villager: { name: row.villagerName, phone: row.villagerPhone },
    data: row.data,
    submittedBy: { id: row.submittedBy, name: row.submittedByName },
    createdAt: row.createdAt.toISOString(),
    serviceRequest: request
      ? { status: request.status, version: request.version, dueAt: request.dueAt?.toISOString() ?? null }
      : null,
  };
}
