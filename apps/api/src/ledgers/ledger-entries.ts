import { type AuthUser, can } from '@cunshe/auth';
import type { Database, Tx } from '@cunshe/db';
import {
  formSubmissions,
  type ServiceRequestStatus,
  serviceRequests,
  users,
  villages,
} from '@cunshe/db/schema';
import { type DocumentField, displayValue, type FormDocument, fieldsOf } from '@cunshe/forms';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import { stationNameOf } from '../forms/form-catalogue';
import { formVersionDocuments, formVersionKeyOf } from '../forms/form-version-document';
import { revealFormData } from '../forms/protect-form-data';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { listConditions } from '../service-requests/list-service-requests';
import { isOverdue } from '../service-requests/workflow';
import type { VillageScope } from '../villages/village-scope';

/** Which requests a ledger holds: a village (or the whole scope), a period of submission, a status. */
export interface LedgerQuery {
  villageId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: ServiceRequestStatus | undefined;
}

/** The status names a ledger shows. */
export const STATUS_NAMES: Record<ServiceRequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  'in-progress': '办理中',
  resolved: '已办结',
  rejected: '已驳回',
};

/** The columns every ledger has, in order, with their Chinese headers. */
export const LEDGER_COLUMNS = [
  ['number', '受理编号'],
  ['village', '村'],
  ['form', '事项（表单）'],
  ['formVersion', '表单版本'],
  ['villagerName', '村民姓名'],
  ['villagerPhone', '联系电话'],
  ['status', '状态'],
  ['station', '承办站点'],
  ['assignee', '承办人'],
  ['submittedBy', '代办人'],
  ['submittedAt', '提交时间'],
  ['dueAt', '办理期限'],
  ['isOverdue', '是否超期'],
  ['closedAt', '办结时间'],
  ['rejectionReason', '驳回理由'],
  ['summary', '填报内容'],
] as const;

/** A ledger column's key. */
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number][0];

/** One request of a ledger: its common cells, and its form's fields as they read. */
export interface LedgerEntry {
  cells: Record<LedgerColumn, string | number>;
  /** `<plugin-id>/<form-key>@<version>`: the form version whose fields `fields` follow. */
  formVersionKey: string;
  document: FormDocument;
  /** The form's top-level fields as shown, with their values (ID numbers whole or masked). */
  fields: { field: DocumentField; text: string }[];
}

/** A request's short number as people read it: the first 8 characters of its id, upper-case. */
export function requestNumberOf(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** A time as a ledger shows it, in China Standard Time: `2025-03-01 09:30`. */
export function ledgerTime(date: Date | null): string {
  if (!date) return '';
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const BATCH = 500;

function selectBatch(tx: Tx) {
  return tx
    .select({
      request: serviceRequests,
      submission: formSubmissions,
      villageName: villages.name,
      townshipId: villages.townshipId,
      assigneeName: users.displayName,
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
    .leftJoin(users, eq(users.id, serviceRequests.assigneeId));
}

/**
 * The requests of a ledger, oldest first, in batches of 500, each batch read in its own transaction (a slow
 * download holds no transaction open). ID numbers are whole where the user holds
 * `service-requests:reveal-id` for the request's village, masked elsewhere; each request reads with the
 * labels of its own form version.
 */
export async function* ledgerEntries(input: {
  database: Database;
  protector: PersonalDataProtector;
  registry: PluginRegistry;
  scope: VillageScope;
  user: AuthUser;
  query: LedgerQuery;
  now?: Date | undefined;
}): AsyncGenerator<LedgerEntry[]> {
  const { scope, user, query } = input;
  const now = input.now ?? new Date();
  const documents = new Map<string, FormDocument>();
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const batch = await input.database.withTenant(scope.tenantId, async (tx) => {
      const rows = await selectBatch(tx)
        .where(
          and(
            listConditions(scope, query, user, now),
            query.status ? eq(serviceRequests.status, query.status) : undefined,
            after
              ? or(
                  gt(serviceRequests.createdAt, after.createdAt),
                  and(eq(serviceRequests.createdAt, after.createdAt), gt(serviceRequests.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(serviceRequests.createdAt), asc(serviceRequests.id))
        .limit(BATCH);
      const missing = rows
        .map((row) => row.submission)
        .filter((s) => !documents.has(formVersionKeyOf(s)))
        .map((s) => ({ pluginId: s.pluginId, formKey: s.formKey, version: s.formVersion }));
      for (const [key, document] of await formVersionDocuments(tx, scope.tenantId, missing)) {
        documents.set(key, document);
      }
      return rows;
    });
    if (batch.length === 0) return;
    yield batch.map(({ request, submission, villageName, townshipId, assigneeName }) => {
      const key = formVersionKeyOf(submission);
      const document = documents.get(key);
      if (!document) throw new Error(`ledger: no recorded form version ${key}`);
      const mayReveal = can(user, 'service-requests:reveal-id', {
        tenantId: request.tenantId,
        townshipId,
        villageId: request.villageId,
      });
      const data = mayReveal
        ? revealFormData({
            document,
            data: submission.data,
            sealedFields: submission.sealedFields,
            tenantId: request.tenantId,
            protector: input.protector,
          })
        : submission.data;
      const fields = fieldsOf(document, document.jsonSchema)
        .filter((field) => data[field.name] !== undefined)
        .map((field) => ({
          field,
          text: displayValue(document, field.node, data[field.name], 'zh-CN', field.path),
        }));
      return {
        formVersionKey: key,
        document,
        fields,
        cells: {
          number: requestNumberOf(request.id),
          village: villageName,
          form: document.title['zh-CN'],
          formVersion: submission.formVersion,
          villagerName: submission.villagerName,
          villagerPhone: submission.villagerPhone ?? '',
          status: STATUS_NAMES[request.status],
          station: stationNameOf(input.registry, request.station)?.['zh-CN'] ?? request.station ?? '',
          assignee: assigneeName ?? '',
          submittedBy: submission.submittedByName,
          submittedAt: ledgerTime(request.createdAt),
          dueAt: ledgerTime(request.dueAt),
          isOverdue: isOverdue(request, now) ? '是' : '否',
          closedAt: ledgerTime(request.closedAt),
          rejectionReason: request.rejectionReason ?? '',
          summary: fields.map(({ field, text }) => `${field.label['zh-CN']}：${text}`).join('；'),
        },
      };
    });
    const last = batch.at(-1)?.request;
    if (!last || batch.length < BATCH) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
