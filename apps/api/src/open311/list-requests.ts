import { isUuid, type Tx } from '@cunshe/db';
import { formSubmissions, serviceRequests } from '@cunshe/db/schema';
import { InputError, NotFoundError } from '@cunshe/errors';
import type { FormLocale } from '@cunshe/forms';
import { and, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { OPEN_STATUSES } from '../service-requests/workflow';
import { type Open311Request, selectOpen311Requests, toOpen311Request } from './request-view';

/** GeoReport v2's window of a listing without dates, and the widest one asked for: 90 days. */
export const MAX_WINDOW_DAYS = 90;
/** GeoReport v2's cap of one answer: 1000 requests. */
export const MAX_PAGE_SIZE = 1000;

/** The filters of `GET requests.json`, parsed. */
export interface Open311RequestQuery {
  serviceCodes: string[];
  statuses: ('open' | 'closed')[];
  startDate?: Date | undefined;
  endDate?: Date | undefined;
  page: number;
  pageSize: number;
}

const DAY = 86_400_000;

/**
 * The window a listing covers: as asked, else the 90 days up to the end (or from the start), never wider
 * than 90 days and never ending before it starts.
 * @throws InputError naming `start_date`/`end_date`.
 */
export function windowOf(query: Pick<Open311RequestQuery, 'startDate' | 'endDate'>, now: Date) {
  const end =
    query.endDate ?? (query.startDate ? new Date(query.startDate.getTime() + MAX_WINDOW_DAYS * DAY) : now);
  const start = query.startDate ?? new Date(end.getTime() - MAX_WINDOW_DAYS * DAY);
  if (start.getTime() > end.getTime()) {
    throw new InputError('The dates are the wrong way round.', [
      { path: 'end_date', message: 'must not be before start_date' },
    ]);
  }
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY) {
    throw new InputError('The window is too wide.', [
      { path: 'end_date', message: `at most ${MAX_WINDOW_DAYS} days after start_date` },
    ]);
  }
  return { start, end };
}

function serviceCondition(codes: string[]): SQL | undefined {
  if (codes.length === 0) return undefined;
  return or(
    ...codes.map((code) => {
      const dot = code.indexOf('.');
      return and(
        eq(formSubmissions.pluginId, code.slice(0, Math.max(dot, 0))),
        eq(formSubmissions.formKey, code.slice(dot + 1)),
      );
    }),
  );
}

/**
 * A county's service requests as GeoReport v2 lists them, newest first: within the window, of the given
 * services and open/closed statuses, one page (`page` from 1, at most {@link MAX_PAGE_SIZE}), with the
 * total. No personal data: see {@link selectOpen311Requests}.
 */
export async function listOpen311Requests(
  tx: Tx,
  input: {
    tenantId: string;
    registry: PluginRegistry;
    query: Open311RequestQuery;
    locale: FormLocale;
    now?: Date | undefined;
  },
): Promise<{ items: Open311Request[]; total: number }> {
  const { query } = input;
  const { start, end } = windowOf(query, input.now ?? new Date());
  const statuses = new Set(query.statuses);
  const statusCondition =
    statuses.size === 1
      ? statuses.has('open')
        ? inArray(serviceRequests.status, [...OPEN_STATUSES])
        : inArray(serviceRequests.status, ['resolved', 'rejected'])
      : undefined;
  const where = and(
    eq(serviceRequests.tenantId, input.tenantId),
    gte(serviceRequests.createdAt, start),
    lt(serviceRequests.createdAt, end),
    statusCondition,
    serviceCondition(query.serviceCodes),
  );
  const rows = await selectOpen311Requests(tx)
    .where(where)
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [counted] = await tx
    .select({ total: count() })
    .from(serviceRequests)
    .innerJoin(
      formSubmissions,
      and(eq(formSubmissions.tenantId, serviceRequests.tenantId), eq(formSubmissions.id, serviceRequests.id)),
    )
    .where(where);
  return {
    items: rows.map((row) => toOpen311Request(row, input.registry, input.locale)),
    total: counted?.total ?? 0,
  };
}

/**
 * One service request of a county as GeoReport v2 answers it.
 * @throws NotFoundError when the county has no such request.
 */
export async function getOpen311Request(
  tx: Tx,
  input: { tenantId: string; registry: PluginRegistry; id: string; locale: FormLocale },
): Promise<Open311Request> {
  if (!isUuid(input.id)) throw new NotFoundError(`No service request ${input.id} in this jurisdiction.`);
  const [row] = await selectOpen311Requests(tx).where(
    and(eq(serviceRequests.tenantId, input.tenantId), eq(serviceRequests.id, input.id)),
  );
  if (!row) throw new NotFoundError(`No service request ${input.id} in this jurisdiction.`);
  return toOpen311Request(row, input.registry, input.locale);
}
