import { type AuthUser, can } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import {
  formSubmissions,
  formVersions,
  type ServiceRequestStatus,
  serviceRequestStatuses,
  serviceRequests,
  users,
  villages,
} from '@cunshe/db/schema';
import type { LocalizedText } from '@cunshe/forms';
import { maskMobileNumber, normalizeMobileNumber } from '@cunshe/personal-data';
import { and, count, desc, eq, gte, ilike, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { stationNameOf } from '../forms/form-catalogue';
import { villageInScope } from '../forms/submission-scope';
import { offsetOf } from '../pagination';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import type { VillageScope } from '../villages/village-scope';
import { isOverdue, OPEN_STATUSES } from './workflow';

/** Filters of the service-request list. Dates are calendar days in China Standard Time. */
export interface ServiceRequestListQuery {
  status?: ServiceRequestStatus | undefined;
  station?: string | undefined;
  /** A user's id, `me`, or `none` for unassigned requests. */
  assignee?: string | undefined;
  /** `<plugin-id>:<form-key>`. */
  form?: string | undefined;
  villageId?: string | undefined;
  overdue?: boolean | undefined;
  /** The villager's name (contains) or mobile number (contains the digits). */
  q?: string | undefined;
  /** Submitted on or after this day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Submitted on or before this day (`YYYY-MM-DD`). */
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** A service request as lists show it. */
export interface ServiceRequestItem {
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

/** The start of a calendar day in China Standard Time (UTC+8, no daylight saving). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The conditions of every filter but `status` (so the counts per status follow the other filters). */
export function listConditions(
  scope: VillageScope,
  query: Omit<ServiceRequestListQuery, 'page' | 'pageSize' | 'status'>,
  user: { id: string },
  now: Date,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    eq(serviceRequests.tenantId, scope.tenantId),
    villageInScope(serviceRequests.villageId, scope),
  ];
  if (query.villageId) conditions.push(eq(serviceRequests.villageId, query.villageId));
  if (query.station) conditions.push(eq(serviceRequests.station, query.station));
  if (query.assignee === 'none') conditions.push(sql`${serviceRequests.assigneeId} is null`);
  else if (query.assignee) {
    conditions.push(eq(serviceRequests.assigneeId, query.assignee === 'me' ? user.id : query.assignee));
  }
  if (query.form) {
    const [pluginId = '', formKey = ''] = query.form.split(':');
    conditions.push(and(eq(formSubmissions.pluginId, pluginId), eq(formSubmissions.formKey, formKey)));
  }
  if (query.overdue) {
    conditions.push(and(inArray(serviceRequests.status, [...OPEN_STATUSES]), lt(serviceRequests.dueAt, now)));
  }
  if (query.from) conditions.push(gte(serviceRequests.createdAt, startOfDay(query.from)));
  if (query.to) {
    const next = startOfDay(query.to);
    next.setUTCDate(next.getUTCDate() + 1);
    conditions.push(lt(serviceRequests.createdAt, next));
  }
  const q = query.q?.normalize('NFC').trim();
  if (q) {
    const digits = normalizeMobileNumber(q);
    conditions.push(
      or(
        ilike(formSubmissions.villagerName, `%${escapeLike(q)}%`),
        /^\d{3,11}$/.test(digits) ? like(formSubmissions.villagerPhone, `%${digits}%`) : undefined,
      ),
    );
  }
  return and(...conditions);
}

const onSubmission = and(
  eq(formSubmissions.tenantId, serviceRequests.tenantId),
  eq(formSubmissions.id, serviceRequests.id),
);
const onVillage = and(
  eq(villages.tenantId, serviceRequests.tenantId),
  eq(villages.id, serviceRequests.villageId),
);
const onVersion = and(
  eq(formVersions.tenantId, formSubmissions.tenantId),
  eq(formVersions.pluginId, formSubmissions.pluginId),
  eq(formVersions.formKey, formSubmissions.formKey),
  eq(formVersions.version, formSubmissions.formVersion),
);

/** The rows of service requests with what lists show, for {@link toItem}. */
export function selectItems(tx: Tx) {
  return tx
    .select({
      request: serviceRequests,
      villageName: villages.name,
      pluginId: formSubmissions.pluginId,
      formKey: formSubmissions.formKey,
      formVersion: formSubmissions.formVersion,
      formTitle: sql<LocalizedText>`${formVersions.document}->'title'`,
      villagerName: formSubmissions.villagerName,
      villagerPhone: formSubmissions.villagerPhone,
      assigneeName: users.displayName,
    })
    .from(serviceRequests)
    .innerJoin(formSubmissions, onSubmission)
    .innerJoin(villages, onVillage)
    .innerJoin(formVersions, onVersion)
    .leftJoin(users, eq(users.id, serviceRequests.assigneeId));
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

/** A row of {@link selectItems} as the API shows it; the phone is masked for whoever does not handle requests. */
export function toItem(
  row: ItemRow,
  context: { registry: PluginRegistry; user: AuthUser; now: Date },
): ServiceRequestItem {
  const { request } = row;
  const canSeePhone = can(context.user, 'service-requests:handle');
  return {
    id: request.id,
    version: request.version,
    status: request.status,
    village: { id: request.villageId, name: row.villageName },
    pluginId: row.pluginId,
    formKey: row.formKey,
    formVersion: row.formVersion,
    formTitle: row.formTitle,
    station: request.station,
    stationName: stationNameOf(context.registry, request.station),
    villager: {
      name: row.villagerName,
      phone: row.villagerPhone && !canSeePhone ? maskMobileNumber(row.villagerPhone) : row.villagerPhone,
    },
    assignee: request.assigneeId ? { id: request.assigneeId, name: row.assigneeName ?? '' } : null,
    dueAt: request.dueAt?.toISOString() ?? null,
    isOverdue: isOverdue(request, context.now),
    rejectionReason: request.rejectionReason,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
    closedAt: request.closedAt?.toISOString() ?? null,
  };
}

/** Counts of the requests matching the filters, per status, and how many of them are overdue. */
export type StatusCounts = Record<ServiceRequestStatus | 'overdue', number>;

/**
 * The service requests of the scope, newest first, one page at a time, with the counts per status under
 * the same filters (but the status), for the tabs of the list.
 */
export async function listServiceRequests(
  tx: Tx,
  input: {
    scope: VillageScope;
    user: AuthUser;
    registry: PluginRegistry;
    query: ServiceRequestListQuery;
    now?: Date | undefined;
  },
): Promise<{ items: ServiceRequestItem[]; total: number; counts: StatusCounts }> {
  const now = input.now ?? new Date();
  const { query } = input;
  const base = listConditions(input.scope, query, input.user, now);
  const where = and(base, query.status ? eq(serviceRequests.status, query.status) : undefined);
  const rows = await selectItems(tx)
    .where(where)
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [total] = await tx
    .select({ total: count() })
    .from(serviceRequests)
    .innerJoin(formSubmissions, onSubmission)
    .where(where);
  const byStatus = await tx
    .select({
      status: serviceRequests.status,
      total: count(),
      overdue:
        sql<number>`count(*) filter (where ${serviceRequests.dueAt} < ${now.toISOString()}::timestamptz and ${inArray(serviceRequests.status, [...OPEN_STATUSES])})`.mapWith(
          Number,
        ),
    })
    .from(serviceRequests)
    .innerJoin(formSubmissions, onSubmission)
    .where(base)
    .groupBy(serviceRequests.status);
  const counts = Object.fromEntries(
    [...serviceRequestStatuses, 'overdue'].map((s) => [s, 0]),
  ) as StatusCounts;
  for (const row of byStatus) {
    counts[row.status] = row.total;
    counts.overdue += row.overdue;
  }
  return {
    items: rows.map((row) => toItem(row, { registry: input.registry, user: input.user, now })),
    total: total?.total ?? 0,
    counts,
  };
}
