import { api } from '../api/client';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';
import type { FormDocument, LocalizedText } from '../forms/form-document';

/** Where a service request stands. */
export type ServiceRequestStatus = 'submitted' | 'accepted' | 'in-progress' | 'resolved' | 'rejected';

/** Every status, in workflow order. */
export const serviceRequestStatuses: readonly ServiceRequestStatus[] = [
  'submitted',
  'accepted',
  'in-progress',
  'resolved',
  'rejected',
];

/** A service request as lists show it. */
export interface ServiceRequest {
  id: string;
  version: number;
  status: ServiceRequestStatus;
  village: { id: string; name: string };
  pluginId: string;
  formKey: string;
  formVersion: number;
  formTitle: LocalizedText;
  station: string | null;
  stationName: LocalizedText | null;
  villager: { name: string; phone: string | null };
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  isOverdue: boolean;
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** A page of requests with the counts per status under the same filters. */
export interface ServiceRequestPage extends ListPage<ServiceRequest> {
  counts: Record<ServiceRequestStatus | 'overdue', number>;
}

/** One entry of a request's timeline. */
export interface ServiceRequestEvent {
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

/** A request with its answers, form version, timeline and what the user may do. */
export interface ServiceRequestDetail {
  request: ServiceRequest;
  data: Record<string, unknown>;
  submittedBy: { id: string; name: string };
  document: FormDocument;
  events: ServiceRequestEvent[];
  allowedTransitions: ServiceRequestStatus[];
  canHandle: boolean;
  canRevealIdNumbers: boolean;
}

/** The query cache key of service requests. */
export const serviceRequestsQueryKey = ['service-requests'] as const;

/** A page of the service-request list. */
export function fetchServiceRequests(query: ListQuery): Promise<ServiceRequestPage> {
  return api<ServiceRequestPage>(`/api/service-requests${toListSearch(query)}`);
}

/** One service request. */
export function fetchServiceRequest(id: string): Promise<ServiceRequestDetail> {
  return api<ServiceRequestDetail>(`/api/service-requests/${id}`);
}

/** Moves a request along its workflow; a stale `version` rejects with a 409 `ApiError`. */
export function transitionServiceRequest(
  id: string,
  body: { to: ServiceRequestStatus; note?: string; version: number },
): Promise<ServiceRequestDetail> {
  return api<ServiceRequestDetail>(`/api/service-requests/${id}/transitions`, { method: 'POST', body });
}

/** Assigns a request to a staff member and a station. */
export function assignServiceRequest(
  id: string,
  body: { assigneeId: string | null; station?: string | null; version: number },
): Promise<ServiceRequestDetail> {
  return api<ServiceRequestDetail>(`/api/service-requests/${id}/assignment`, { method: 'POST', body });
}

/** Assigns many requests to one staff member. */
export function assignServiceRequests(ids: string[], assigneeId: string | null): Promise<unknown> {
  return api('/api/service-requests/assignments', { method: 'POST', body: { ids, assigneeId } });
}

/** Adds a comment to a request's timeline. */
export function commentOnServiceRequest(id: string, text: string): Promise<ServiceRequestDetail> {
  return api<ServiceRequestDetail>(`/api/service-requests/${id}/comments`, {
    method: 'POST',
    body: { text },
  });
}

/** Someone a request can be assigned to. */
export interface Assignee {
  id: string;
  name: string;
  role: string;
}

/** Who can be given a village's requests. */
export async function fetchAssignees(villageId: string): Promise<Assignee[]> {
  return (await api<{ items: Assignee[] }>(`/api/service-requests/assignees?villageId=${villageId}`)).items;
}

/** The stations of the loaded plugins. */
export async function fetchStations(): Promise<{ id: string; name: LocalizedText }[]> {
  return (await api<{ items: { id: string; name: LocalizedText }[] }>('/api/service-requests/stations'))
    .items;
}

/** Where a ledger is downloaded, for a village (or the whole scope) and a period. */
export function ledgerUrl(
  format: 'xlsx' | 'csv',
  filters: { villageId?: string; from?: string; to?: string },
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  const query = search.toString();
  return `/api/ledgers/service-requests.${format}${query ? `?${query}` : ''}`;
}
