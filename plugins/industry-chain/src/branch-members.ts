import { fields, type PluginTx } from '@cunshe/plugin-sdk';
import { and, asc, count, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { BRANCH_KEYS, BRANCH_POSTS, type BranchKey } from './catalogue';

/**
 * The members of an association's own party branch (民营经济协会党支部、蚕桑协会党支部、生猪协会党支部), with their
 * post in the branch (书记、副书记、委员、党员).
 */
export const branchMembers = pgTable(
  'industry_chain_branch_members',
  {
    tenantId: uuid().notNull(),
    villageId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    associationKey: text({ enum: BRANCH_KEYS }).notNull(),
    name: text().notNull(),
    post: text({ enum: BRANCH_POSTS }).notNull(),
    mobile: text(),
    joinedPartyOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** A branch member row. */
export type BranchMember = Omit<typeof branchMembers.$inferSelect, 'tenantId'>;

/** What staff record of a branch member. */
export const branchMemberInput = z.object({
  name: fields.text({ maxLength: 40 }),
  post: z.enum(BRANCH_POSTS),
  mobile: fields.mobile().nullable().optional(),
  joinedPartyOn: fields.date({ max: 'today' }).nullable().optional(),
});

/** A change to a branch member. */
export const branchMemberChange = branchMemberInput.partial();

const { tenantId: _t, ...columns } = getTableColumns(branchMembers);
type Scope = { tenantId: string; villageId: string };
const of = (scope: Scope, extra?: SQL) =>
  and(eq(branchMembers.tenantId, scope.tenantId), eq(branchMembers.villageId, scope.villageId), extra);
const postOrder = sql`array_position(array['secretary', 'deputy-secretary', 'committee-member', 'member'], ${branchMembers.post})`;

/** A branch's members, secretary first, then in the order they were added; every branch's of the village when `associationKey` is not given. */
export async function listBranchMembers(
  tx: PluginTx,
  input: Scope & { associationKey?: BranchKey | undefined },
): Promise<{ items: BranchMember[]; total: number }> {
  const where = of(
    input,
    input.associationKey ? eq(branchMembers.associationKey, input.associationKey) : undefined,
  );
  const items = await tx
    .select(columns)
    .from(branchMembers)
    .where(where)
    .orderBy(postOrder, asc(branchMembers.createdAt));
  const [total] = await tx.select({ n: count() }).from(branchMembers).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Adds a member to an association's party branch. */
export async function addBranchMember(
  tx: PluginTx,
  input: Scope & { associationKey: BranchKey; member: z.output<typeof branchMemberInput> },
): Promise<BranchMember> {
  const [row] = await tx
    .insert(branchMembers)
    .values({
      tenantId: input.tenantId,
      villageId: input.villageId,
      associationKey: input.associationKey,
      ...input.member,
    })
    .returning(columns);
  if (!row) throw new Error('addBranchMember: no row');
  return row;
}

/** Changes a branch member of the village; undefined when there is none. */
export async function changeBranchMember(
  tx: PluginTx,
  input: Scope & { id: string; change: z.output<typeof branchMemberChange> },
): Promise<BranchMember | undefined> {
  const [row] = await tx
    .update(branchMembers)
    .set(input.change)
    .where(of(input, eq(branchMembers.id, input.id)))
    .returning(columns);
  return row;
}

/** Removes a branch member (transferred out); the removed row, or undefined. */
export async function removeBranchMember(
  tx: PluginTx,
  input: Scope & { id: string },
): Promise<BranchMember | undefined> {
  const [row] = await tx
    .delete(branchMembers)
    .where(of(input, eq(branchMembers.id, input.id)))
    .returning(columns);
  return row;
}
