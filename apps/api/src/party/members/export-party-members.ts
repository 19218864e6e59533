import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyMembers, villages } from '@cunshe/db/schema';
import { asc } from 'drizzle-orm';
import { todayInChina } from '../dates';
import type { PartyScope } from '../party-scope';
import { memberConditions, type PartyMemberListQuery } from './list-party-members';
import { memberRows, toView } from './member-view';
import { memberExportWorkbook } from './member-workbooks';

/** The most members one export holds. */
export const EXPORT_LIMIT = 20_000;

/**
 * The members of a scope matching the list's filters as an .xlsx register, ID numbers and phones masked.
 * An export of personal data is audited (`party-member.exported`: how many, with which filters).
 */
export async function exportPartyMembers(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    query: Omit<PartyMemberListQuery, 'page' | 'pageSize'>;
  },
): Promise<Buffer> {
  const { scope } = input;
  const today = todayInChina();
  const rows = await memberRows(tx, memberConditions(scope, input.query))
    .orderBy(asc(villages.sortKey), asc(partyMembers.name))
    .limit(EXPORT_LIMIT);
  const members = rows.map((row) => {
    const { phone: _phone, ...view } = toView(row, today);
    return view;
  });
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.exported',
    entity: 'party-member',
    after: { count: members.length, filters: { ...input.query, q: input.query.q ? '(name)' : undefined } },
    requestId: input.requestId,
  });
  return memberExportWorkbook(members);
}
