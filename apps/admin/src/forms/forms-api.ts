import { api } from '../api/client';
import type { FormDocument, LocalizedText } from './form-document';

/** A form a village's staff can fill in. */
export interface VillageForm {
  pluginId: string;
  pluginName: LocalizedText;
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  station: string | null;
  stationName: LocalizedText | null;
  isServiceRequest: boolean;
  dueInHours: number | null;
}

/** A stored submission (ID numbers masked). */
export interface Submission {
  id: string;
  villageId: string;
  pluginId: string;
  formKey: string;
  formVersion: number;
  villager: { name: string; phone: string | null };
  data: Record<string, unknown>;
  createdAt: string;
  serviceRequest: { status: string; version: number; dueAt: string | null } | null;
}

/** The query cache key of forms. */
export const formsQueryKey = ['forms'] as const;

/** The forms of the plugins enabled in a village. */
export async function fetchVillageForms(villageId: string): Promise<VillageForm[]> {
  return (await api<{ items: VillageForm[] }>(`/api/villages/${villageId}/forms`)).items;
}

/** Every form of the loaded plugins. */
export async function fetchAllForms(): Promise<VillageForm[]> {
  return (await api<{ items: VillageForm[] }>('/api/forms')).items;
}

/** A form's current document. */
export function fetchForm(pluginId: string, formKey: string): Promise<FormDocument> {
  return api<FormDocument>(`/api/forms/${pluginId}/${formKey}`);
}

/** What the staff member sends when filing a form for a villager. */
export interface SubmissionInput {
  villageId: string;
  idempotencyKey: string;
  villager: { name: string; phone?: string };
  data: Record<string, unknown>;
}

/** Submits a form; a retry with the same idempotency key answers the first submission. */
export function submitForm(pluginId: string, formKey: string, input: SubmissionInput): Promise<Submission> {
  return api<Submission>(`/api/forms/${pluginId}/${formKey}/submissions`, { method: 'POST', body: input });
}

/** A submission's whole ID numbers by their path in its data (audited on the server). */
export async function revealIdNumbers(submissionId: string): Promise<{ path: string; value: string }[]> {
  return (
    await api<{ items: { path: string; value: string }[] }>(
      `/api/form-submissions/${submissionId}/id-numbers/reveal`,
      { method: 'POST' },
    )
  ).items;
}

/** Where a submission's attached file is downloaded. */
export function attachmentUrl(submissionId: string, attachmentId: string): string {
  return `/api/form-submissions/${submissionId}/attachments/${attachmentId}`;
}
