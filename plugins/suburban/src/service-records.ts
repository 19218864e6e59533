import { fields, InputError, type PluginTx } from '@cunshe/plugin-sdk';
import { and, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { SERVICE_KINDS } from './catalogue';
import { volunteers, volunteersByIds } from './volunteers';

/**
 * One volunteer's part in one service: when, what, and for how long. Time is kept in whole minutes, so
 * sums are exact; the API speaks hours with one decimal.
 */
export const serviceRecords = pgTable(
  'suburban_service_records',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    volunteerId: uuid().notNull(),
    servedOn: date({ mode: 'string' }).notNull(),
    kind: text({ enum: SERVICE_KINDS }).notNull(),
    place: text(),
    description: text().notNull(),
    minutes: integer().notNull(),
    recordedBy: uuid().notNull(),
    recordedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** One service as staff record it: when, what, where, and each volunteer's hours (one decimal, up to 24). */
export const serviceInput = z.object({
  servedOn: fields.date({ max: 'today' }),
  kind: z.enum(SERVICE_KINDS),
  place: fields.text({ maxLength: 100 }).nullable().optional(),
  description: fields.text({ maxLength: 200 }),
  entries: z
    .array(z.object({ volunteerId: z.guid(), hours: fields.decimal({ min: 0.1, max: 24, scale: 1 }) }))
    .min(1)
    .max(200),
});

/** Filters of the service records: a volunteer, a month (`YYYY-MM`). */
export const recordFilter = z.object({
  volunteerId: z.guid().optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-03')
    .optional(),
});

type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(eq(serviceRecords.tenantId, scope.tenantId), eq(serviceRecords.villageId, scope.villageId), extra);
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** A service record as the API answers it, with the volunteer's name and hours. */
export interface ServiceRecordView {
  id: string;
  volunteerId: string;
  volunteerName: string;
  servedOn: string;
  kind: (typeof SERVICE_KINDS)[number];
  place: string | null;
  description: string;
  hours: number;
  recordedByName: string;
}

function monthRange(month: string): [string, string] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

/**
 * Records one service: a row per volunteer with their hours.
 * @throws InputError naming `entries.<n>.volunteerId` for a volunteer not of this village or named twice.
 */
export async function recordService(
  tx: PluginTx,
  input: Scope & { service: z.output<typeof serviceInput>; recordedBy: { id: string; displayName: string } },
): Promise<ServiceRecordView[]> {
  const { service } = input;
  const found = await volunteersByIds(tx, { ...input, ids: service.entries.map((e) => e.volunteerId) });
  const seen = new Set<string>();
  const errors = service.entries.flatMap((entry, index) => {
    const path = `entries.${index}.volunteerId`;
    if (!found.has(entry.volunteerId)) return [{ path, message: 'is not a volunteer of this village' }];
    if (seen.has(entry.volunteerId)) return [{ path, message: 'is named twice' }];
    seen.add(entry.volunteerId);
    return [];
  });
  if (errors.length > 0) throw new InputError('The service names unknown volunteers.', errors);
  const rows = await tx
    .insert(serviceRecords)
    .values(
      service.entries.map((entry) => ({
        tenantId: input.tenantId,
        villageId: input.villageId,
        volunteerId: entry.volunteerId,
        servedOn: service.servedOn,
        kind: service.kind,
        place: service.place ?? null,
        description: service.description,
        minutes: Math.round(entry.hours * 60),
        recordedBy: input.recordedBy.id,
        recordedByName: input.recordedBy.displayName,
      })),
    )
    .returning();
  return rows.map((row) => ({
    id: row.id,
    volunteerId: row.volunteerId,
    volunteerName: found.get(row.volunteerId)?.name ?? '',
    servedOn: row.servedOn,
    kind: row.kind,
    place: row.place,
    description: row.description,
    hours: hoursOf(row.minutes),
    recordedByName: row.recordedByName,
  }));
}

/** The village's service records, newest first, for a volunteer or a month. */
export async function listServiceRecords(
  tx: PluginTx,
  input: Scope & z.output<typeof recordFilter> & { page: number; pageSize: number },
): Promise<{ items: ServiceRecordView[]; total: number }> {
  const range = input.month ? monthRange(input.month) : undefined;
  const where = of(
    input,
    and(
      input.volunteerId ? eq(serviceRecords.volunteerId, input.volunteerId) : undefined,
      range ? gte(serviceRecords.servedOn, range[0]) : undefined,
      range ? lte(serviceRecords.servedOn, range[1]) : undefined,
    ),
  );
  const rows = await tx
    .select({
      id: serviceRecords.id,
      volunteerId: serviceRecords.volunteerId,
      volunteerName: volunteers.name,
      servedOn: serviceRecords.servedOn,
      kind: serviceRecords.kind,
      place: serviceRecords.place,
      description: serviceRecords.description,
      minutes: serviceRecords.minutes,
      recordedByName: serviceRecords.recordedByName,
    })
    .from(serviceRecords)
    .innerJoin(
      volunteers,
      and(eq(volunteers.tenantId, serviceRecords.tenantId), eq(volunteers.id, serviceRecords.volunteerId)),
    )
    .where(where)
    .orderBy(desc(serviceRecords.servedOn), desc(serviceRecords.createdAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(serviceRecords).where(where);
  return {
    items: rows.map(({ minutes, ...row }) => ({ ...row, hours: hoursOf(minutes) })),
    total: total?.n ?? 0,
  };
}

/** A volunteer's hours in a year, in all and by month (`YYYY-MM`), and the months they reached the goal. */
export interface VolunteerHours {
  volunteerId: string;
  name: string;
  hours: number;
  /** Service records (one per service the volunteer took part in). */
  records: number;
  months: Record<string, number>;
  monthsAtGoal: number;
}

/** A month's hours across the association: hours, service records, volunteers who served. */
export interface MonthHours {
  month: string;
  hours: number;
  records: number;
  volunteers: number;
}

/** The association's hours in a year: per volunteer (with their months) and per month. */
export async function volunteerHours(
  tx: PluginTx,
  input: Scope & { year: number; monthlyGoal: number },
): Promise<{ year: number; hours: number; byVolunteer: VolunteerHours[]; byMonth: MonthHours[] }> {
  const month = sql<string>`to_char(${serviceRecords.servedOn}, 'YYYY-MM')`;
  const rows = await tx
    .select({
      volunteerId: serviceRecords.volunteerId,
      name: volunteers.name,
      month,
      minutes: sql<number>`sum(${serviceRecords.minutes})`.mapWith(Number),
      records: count(),
    })
    .from(serviceRecords)
    .innerJoin(
      volunteers,
      and(eq(volunteers.tenantId, serviceRecords.tenantId), eq(volunteers.id, serviceRecords.volunteerId)),
    )
    .where(
      of(
        input,
        and(
          gte(serviceRecords.servedOn, `${input.year}-01-01`),
          lte(serviceRecords.servedOn, `${input.year}-12-31`),
        ),
      ),
    )
    .groupBy(serviceRecords.volunteerId, volunteers.name, month);
  const people = new Map<
    string,
    { name: string; minutes: number; records: number; months: Map<string, number> }
  >();
  const months = new Map<string, { minutes: number; records: number; volunteers: number }>();
  for (const row of rows) {
    const person = people.get(row.volunteerId) ?? {
      name: row.name,
      minutes: 0,
      records: 0,
      months: new Map(),
    };
    person.minutes += row.minutes;
    person.records += row.records;
    person.months.set(row.month, row.minutes);
    people.set(row.volunteerId, person);
    const total = months.get(row.month) ?? { minutes: 0, records: 0, volunteers: 0 };
    total.minutes += row.minutes;
    total.records += row.records;
    total.volunteers += 1;
    months.set(row.month, total);
  }
  const byVolunteer = [...people.entries()]
    .map(([volunteerId, p]) => ({
      volunteerId,
      name: p.name,
      hours: hoursOf(p.minutes),
      records: p.records,
      months: Object.fromEntries([...p.months.entries()].sort().map(([m, minutes]) => [m, hoursOf(minutes)])),
      monthsAtGoal: [...p.months.values()].filter((minutes) => minutes >= input.monthlyGoal * 60).length,
    }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'zh-CN'));
  const byMonth = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, total]) => ({
      month: m,
      hours: hoursOf(total.minutes),
      records: total.records,
      volunteers: total.volunteers,
    }));
  const all = [...people.values()].reduce((sum, p) => sum + p.minutes, 0);
  return { year: input.year, hours: hoursOf(all), byVolunteer, byMonth };
}
