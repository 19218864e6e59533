import type { Tx } from '@cunshe/db';
import {
  formSubmissions,
  formVersions,
  type ServiceRequestStatus,
  serviceRequests,
  villages,
} from '@cunshe/db/schema';
import type { FormDocument, FormLocale } from '@cunshe/forms';
import { and, eq } from 'drizzle-orm';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { isOpen } from '../service-requests/workflow';
import { agencyOf, serviceCodeOf } from './service-catalogue';

/**
 * A service request as GeoReport v2 answers it: no villager's name, phone, ID number or address, and none of
 * the form's answers (GeoReport's optional `description` is left out). In a village of a few hundred people a
 * service, an age and a village can name someone, and health answers are sensitive personal information
 * (PIPL art. 28), so a public listing says what was asked for, where and when, never what was answered.
 */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  /** A fixed note for a rejected request; never the staff's own words, which may name a person. */
  status_notes: string | null;
  service_name: string;
  service_code: string;
  agency_responsible: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  /** The village's name, never an address within it. */
  address: string;
}

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
      dueAt: serviceRequests.dueAt,
      createdAt: serviceRequests.createdAt,
      updatedAt: serviceRequests.updatedAt,
      villageName: villages.name,
      pluginId: formSubmissions.pluginId,
      formKey: formSubmissions.formKey,
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

const REJECTED_NOTE: Record<FormLocale, string> = {
  'zh-CN': '已驳回：详情请向承办站点咨询',
  en: 'Rejected: ask the responsible station for details',
};

/** A row of {@link selectOpen311Requests} as GeoReport v2 answers it, in `locale`. */
export function toOpen311Request(row: Row, registry: PluginRegistry, locale: FormLocale): Open311Request {
  const document = row.document as unknown as FormDocument;
  return {
    service_request_id: row.id,
    status: open311StatusOf(row.status),
    status_notes: row.status === 'rejected' ? REJECTED_NOTE[locale] : null,
    service_name: document.title[locale],
    service_code: serviceCodeOf(row.pluginId, row.formKey),
    agency_responsible: agencyOf(registry, row.station, locale),
    requested_datetime: row.createdAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.dueAt?.toISOString() ?? null,
    address: row.villageName,
  };
}
