import { fields, InputError, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, eq, getTableColumns, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { ASSOCIATION_KEYS, type AssociationKey, OFFICER_TITLES } from './catalogue';

/** The members of each association in a village; officers carry their title (会长、副会长、秘书长、理事). */
export const associationMembers = pgTable(
  'industry_chain_members',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    associationKey: text({ enum: ASSOCIATION_KEYS }).notNull(),
    name: text().notNull(),
    mobile: text(),
    scale: text(),
    officerTitle: text({ enum: OFFICER_TITLES }),
    joinedOn: date({ mode: 'string' }).notNull(),
    leftOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A member row. */
export type AssociationMember = Omit<typeof associationMembers.$inferSelect, 'tenantId'>;

/** What staff record of a member joining. */
export const memberInput = z.object({
  name: fields.text({ maxLength: 40 }),
  mobile: fields.mobile().nullable().optional(),
  scale: fields.text({ maxLength: 100 }).nullable().optional(),
  officerTitle: z.enum(OFFICER_TITLES).nullable().optional(),
  joinedOn: fields.date({ max: 'today' }),
});

/** A change to a member: a new officer title, or `leftOn` when they leave (the row is kept). */
export const memberChange = memberInput
  .partial()
  .extend({ leftOn: fields.date({ max: 'today' }).nullable().optional() });

const { tenantId: _t, ...columns } = getTableColumns(associationMembers);
type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(
    eq(associationMembers.tenantId, scope.tenantId),
    eq(associationMembers.villageId, scope.villageId),
    extra,
  );

/** Officers first (in title order), then members by seniority; current members unless `hasLeft`. */
export async function listMembers(
  tx: PluginTx,
  input: Scope & {
    associationKey: AssociationKey;
    isOfficer?: boolean | undefined;
    hasLeft?: boolean | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: AssociationMember[]; total: number }> {
  const where = of(
    input,
    and(
      eq(associationMembers.associationKey, input.associationKey),
      input.hasLeft ? isNotNull(associationMembers.leftOn) : isNull(associationMembers.leftOn),
      input.isOfficer === undefined
        ? undefined
        : input.isOfficer
          ? isNotNull(associationMembers.officerTitle)
          : isNull(associationMembers.officerTitle),
    ),
  );
  const titleOrder = sql`array_position(array['president', 'vice-president', 'secretary-general', 'director'], ${associationMembers.officerTitle})`;
  const items = await tx
    .select(columns)
    .from(associationMembers)
    .where(where)
    .orderBy(
      sql`${titleOrder} nulls last`,
      asc(associationMembers.joinedOn),
      asc(associationMembers.createdAt),
    )
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await tx.select({ n: count() }).from(associationMembers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** How many current members each association of the village has. */
export async function memberCounts(tx: PluginTx, scope: Scope): Promise<Map<string, number>> {
  const rows = await tx
    .select({ key: associationMembers.associationKey, n: count() })
    .from(associationMembers)
    .where(of(scope, isNull(associationMembers.leftOn)))
    .groupBy(associationMembers.associationKey);
  return new Map(rows.map((row) => [row.key, row.n]));
}

/** The current officers of every association of the village, in title order. */
export function officers(tx: PluginTx, scope: Scope): Promise<AssociationMember[]> {
  return tx
    .select(columns)
    .from(associationMembers)
    .where(of(scope, and(isNull(associationMembers.leftOn), isNotNull(associationMembers.officerTitle))))
    .orderBy(
      sql`array_position(array['president', 'vice-president', 'secretary-general', 'director'], ${associationMembers.officerTitle})`,
      asc(associationMembers.joinedOn),
    );
}

/** Records a member joining an association. */
export async function addMember(
  tx: PluginTx,
  input: Scope & { associationKey: AssociationKey; member: z.output<typeof memberInput> },
): Promise<AssociationMember> {
  const [row] = await tx
    .insert(associationMembers)
    .values({
      tenantId: input.tenantId,
      villageId: input.villageId,
      associationKey: input.associationKey,
      ...input.member,
    })
    .returning(columns);
  if (!row) throw new Error('addMember: no row');
  return row;
}

/**
 * Changes a member of the village; before and after, or undefined when there is none.
 * @throws InputError (path `leftOn`) when they would leave before they joined.
 */
export async function changeMember(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof memberChange> },
): Promise<{ before: AssociationMember; after: AssociationMember } | undefined> {
  const where = of(input, eq(associationMembers.id, input.id));
  const [before] = await tx.select(columns).from(associationMembers).where(where).for('update');
  if (!before) return undefined;
  const joinedOn = input.change.joinedOn ?? before.joinedOn;
  const leftOn = input.change.leftOn === undefined ? before.leftOn : input.change.leftOn;
  if (leftOn !== null && leftOn < joinedOn) {
    throw new InputError('A member cannot leave before joining.', [
      { path: 'leftOn', message: `must not be before ${joinedOn}` },
    ]);
  }
  const [after] = await tx.update(associationMembers).set(input.change).where(where).returning(columns);
  return after ? { before, after } : undefined;
}

/** What the associations overview shows of an officer. */
export const memberOverview = (member: AssociationMember) => ({
  id: member.id,
  name: member.name,
  officerTitle: member.officerTitle,
  associationKey: member.associationKey,
});
