import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type assessmentResults,
  type contactMethods,
  partyMemberAssessments,
  partyMemberContacts,
} from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, desc, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import type { PartyScope } from '../party-scope';
import { memberRowOfScope } from './member-of-scope';

/*
 * The seed's rules for unemployed members (下岗失业党员): registration (a member field), regular contact (a
 * dated contact log) and education and assessment (periodic assessments). Both logs are kept for
 * unemployed members only.
 */

/** One contact with an unemployed member. */
export interface MemberContactView {
  id: string;
  contactedOn: string;
  method: (typeof contactMethods)[number];
  note: string;
  actorName: string | null;
}

/** One periodic assessment of an unemployed member. */
export interface MemberAssessmentView {
  id: string;
  period: string;
  assessedOn: string;
  result: (typeof assessmentResults)[number];
  note: string | null;
}

async function unemployedMemberOfScope(tx: Tx, scope: PartyScope, memberId: string) {
  const member = await memberRowOfScope(tx, scope, memberId);
  if (member.category !== 'unemployed') {
    throw new ConflictError('Contacts and assessments are kept for unemployed members only.');
  }
  return member;
}

/** The contact log of an unemployed member of the scope, newest first. */
export async function listMemberContacts(
  tx: Tx,
  scope: PartyScope,
  memberId: string,
): Promise<MemberContactView[]> {
  await memberRowOfScope(tx, scope, memberId);
  return tx
    .select({
      id: partyMemberContacts.id,
      contactedOn: partyMemberContacts.contactedOn,
      method: partyMemberContacts.method,
      note: partyMemberContacts.note,
      actorName: partyMemberContacts.actorName,
    })
    .from(partyMemberContacts)
    .where(and(eq(partyMemberContacts.tenantId, scope.tenantId), eq(partyMemberContacts.memberId, memberId)))
    .orderBy(desc(partyMemberContacts.contactedOn), desc(partyMemberContacts.createdAt));
}

/**
 * Logs a contact with an unemployed member of the scope, audited (`party-member.contacted`).
 * @throws NotFoundError outside the scope; ConflictError for a member of another category; InputError
 * (`contactedOn`) for a future date.
 */
export async function addMemberContact(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    memberId: string;
    contact: { contactedOn: string; method: (typeof contactMethods)[number]; note: string };
    today?: string | undefined;
  },
): Promise<MemberContactView> {
  const { scope, contact } = input;
  const member = await unemployedMemberOfScope(tx, scope, input.memberId);
  if (contact.contactedOn > (input.today ?? todayInChina())) {
    throw new InputError('The contact date is in the future.', [
      { path: 'contactedOn', message: 'in the future' },
    ]);
  }
  const [row] = await tx
    .insert(partyMemberContacts)
    .values({
      tenantId: scope.tenantId,
      villageId: member.villageId,
      memberId: member.id,
      contactedOn: contact.contactedOn,
      method: contact.method,
      note: contact.note.normalize('NFC').trim(),
      actorName: input.actor?.displayName ?? null,
    })
    .returning();
  if (!row) throw new Error('party_member_contacts: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.contacted',
    entity: 'party-member',
    entityId: member.id,
    after: { contactedOn: row.contactedOn, method: row.method },
    requestId: input.requestId,
  });
  return {
    id: row.id,
    contactedOn: row.contactedOn,
    method: row.method,
    note: row.note,
    actorName: row.actorName,
  };
}

/** The assessments of a member of the scope, newest period first. */
export async function listMemberAssessments(
  tx: Tx,
  scope: PartyScope,
  memberId: string,
): Promise<MemberAssessmentView[]> {
  await memberRowOfScope(tx, scope, memberId);
  return tx
    .select({
      id: partyMemberAssessments.id,
      period: partyMemberAssessments.period,
      assessedOn: partyMemberAssessments.assessedOn,
      result: partyMemberAssessments.result,
      note: partyMemberAssessments.note,
    })
    .from(partyMemberAssessments)
    .where(
      and(eq(partyMemberAssessments.tenantId, scope.tenantId), eq(partyMemberAssessments.memberId, memberId)),
    )
    .orderBy(desc(partyMemberAssessments.period));
}

/**
 * Records the assessment of an unemployed member for a period (`2024`, `2024-H1` or `2024-Q3`), one per
 * period, audited (`party-member.assessed`).
 * @throws NotFoundError outside the scope; ConflictError for a member of another category or a period
 * already assessed; InputError (`assessedOn`) for a future date.
 */
export async function recordMemberAssessment(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    memberId: string;
    assessment: {
      period: string;
      assessedOn: string;
      result: (typeof assessmentResults)[number];
      note?: string | null | undefined;
    };
    today?: string | undefined;
  },
): Promise<MemberAssessmentView> {
  const { scope, assessment } = input;
  const member = await unemployedMemberOfScope(tx, scope, input.memberId);
  if (assessment.assessedOn > (input.today ?? todayInChina())) {
    throw new InputError('The assessment date is in the future.', [
      { path: 'assessedOn', message: 'in the future' },
    ]);
  }
  const [held] = await tx
    .select({ id: partyMemberAssessments.id })
    .from(partyMemberAssessments)
    .where(
      and(
        eq(partyMemberAssessments.tenantId, scope.tenantId),
        eq(partyMemberAssessments.memberId, member.id),
        eq(partyMemberAssessments.period, assessment.period),
      ),
    );
  if (held) throw new ConflictError(`The member was already assessed for ${assessment.period}.`);
  const [row] = await tx
    .insert(partyMemberAssessments)
    .values({
      tenantId: scope.tenantId,
      villageId: member.villageId,
      memberId: member.id,
      period: assessment.period,
      assessedOn: assessment.assessedOn,
      result: assessment.result,
      note: assessment.note?.normalize('NFC').trim() || null,
    })
    .returning();
  if (!row) throw new Error('party_member_assessments: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.assessed',
    entity: 'party-member',
    entityId: member.id,
    after: { period: row.period, result: row.result },
    requestId: input.requestId,
  });
  return { id: row.id, period: row.period, assessedOn: row.assessedOn, result: row.result, note: row.note };
}
