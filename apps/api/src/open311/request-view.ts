import type { Tx } from '@cunshe/db';
import {
  formSubmissions,
  formVersions,
  type ServiceRequestStatus,
  serviceRequests,
  villages,
} from '@cunshe/db/schema';
import { displayValue, type FormDocument, type FormLocale, fieldsOf } from '@cunshe/forms';
import { and, eq } from 'drizzle-orm';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { isOpen } from '../service-requests/workflow';
import { agencyOf, serviceCodeOf } from './service-catalogue';

/** A service request as GeoReport v2 answers it: no villager's name, phone, ID number or address. */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  /** The village's name, never an address within it. */
  address: string;
}

/**
 * Kinds of answer that can show in a public listing: chosen from fixed options, or numbers and dates. Free
 * text may name a person, and mobile numbers, ID numbers, addresses and files are personal data.
 */
const PUBLIC_KINDS = new Set(['choice', 'multiple-choice', 'yes-no', 'integer', 'decimal', 'date']);

/**
 * The columns a listing reads: note that the villager's name and phone are not among them, so no code
 * path below can put them in an answer.
 */
export function selectOpen311Requests(tx: Tx) {
  return tx
    .select({
      id: serviceRequests.id,
      status: serviceRequests.status,
      station: serviceRequests.station,
      rejectionReason: serviceRequests.rejectionReason,
      dueAt: serviceRequests.dueAt,
      createdAt: serviceRequests.createdAt,
      updatedAt: serviceRequests.updatedAt,
      villageName: villages.name,
      pluginId: formSubmissions.pluginId,
      formKey: formSubmissions.formKey,
      data: formSubmissions.data,
      document: formVersions.document,
    })
    .from(serviceRequests)
    .innerJoin(
      formSubmissions,
      and(eq(formSubmissions.tenantId, serviceRequests.tenantId), eq(formSubmissions.id, serviceRequests.id)),
    )
    .innerJoin(
      villages,
      and(eq(villages.tenantId, serviceRequests.tenantId), eq(villages.id, serviceRequests.villageId)),
    )
    .innerJoin(
      formVersions,
      and(
        eq(formVersions.tenantId, formSubmissions.tenantId),
        eq(formVersions.pluginId, formSubmissions.pluginId),
        eq(formVersions.formKey, formSubmissions.formKey),
        eq(formVersions.version, formSubmissions.formVersion),
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof selectOpen311Requests>['execute']>>[number];

/** The statuses that GeoReport's `open` covers; the others are `closed`. */
export function open311StatusOf(status: ServiceRequestStatus): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed';
}

/** The public summary of a submission's answers: `label：value` of the {@link PUBLIC_KINDS} only. */
function publicSummary(document: FormDocument, data: Record<string, unknown>, locale: FormLocale): string {
  return fieldsOf(document, document.jsonSchema)
    .filter(
      (f) => PUBLIC_KINDS.has(f.meta?.kind ?? '') && data[f.name] !== undefined && data[f.name] !== null,
    )
    .map(
      (f) =>
        `${f.label[locale]}${locale === 'en' ? ': ' : '：'}${displayValue(document, f.node, data[f.name], locale, f.path)}`,
    )
    .join(locale === 'en' ? '; ' : '；');
}

/** A row of {@link selectOpen311Requests} as GeoReport v2 answers it, in `locale`. */
export function toOpen311Request(row: Row, registry: PluginRegistry, locale: FormLocale): Open311Request {
  const document = row.document as unknown as FormDocument;
  return {
    service_request_id: row.id,
    status: open311StatusOf(row.status),
    status_notes: row.status === 'rejected' ? row.rejectionReason : null,
    service_name: document.title[locale],
    service_code: serviceCodeOf(row.pluginId, row.formKey),
    description: publicSummary(document, row.data, locale),
    agency_responsible: agencyOf(registry, row.station, locale),
    requested_datetime: row.createdAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.dueAt?.toISOString() ?? null,
    address: row.villageName,
  };
}
