import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyMembers } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import type { PartyScope } from '../party-scope';
import { idNumberContext, protectIdNumber } from '../personal-data';
import { getPartyMember } from './get-party-member';
import { checkMemberFields, type PartyMemberFields } from './member-fields';
import { placementOf } from './member-of-scope';
import { auditSnapshot, type PartyMemberView } from './member-view';

/** A new member: the fields, and the branch (and party group) that keeps the member. */
export interface NewPartyMemberInput extends PartyMemberFields {
  organizationId: string;
  groupId?: string | null | undefined;
}

/**
 * Throws when a member with this ID number is already on the county's books (the keyed hash is unique per
 * county). The message does not say where, so a village learns nothing about other villages' members.
 */
export async function assertIdNumberIsNew(
  tx: Tx,
  input: { tenantId: string; protector: PersonalDataProtector; idNumber: string; exceptMemberId?: string },
): Promise<void> {
  const hash = input.protector.hash(input.idNumber, idNumberContext(input.tenantId));
  const [held] = await tx
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(and(eq(partyMembers.tenantId, input.tenantId), eq(partyMembers.idNumberHash, hash)));
  if (held && held.id !== input.exceptMemberId) {
    throw new InputError('A party member with this ID number is already on the county’s books.', [
      { path: 'idNumber', message: 'a party member with this ID number is already on the county’s books' },
    ]);
  }
}

/**
 * Adds a party member to a branch of the scope: fields checked by the category's rules
 * (`checkMemberFields`), the ID number sealed, hashed and masked, the phone normalised, audited
 * (`party-member.created`, with masked numbers only).
 * @throws InputError naming each broken field; NotFoundError for a branch outside the scope.
 */
export async function createPartyMember(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    protector: PersonalDataProtector;
    member: NewPartyMemberInput;
    today?: string | undefined;
  },
): Promise<PartyMemberView> {
  const { scope, member } = input;
  const today = input.today ?? todayInChina();
  const checked = checkMemberFields(member, today);
  if (!checked.isValid) throw new InputError('The member has invalid fields.', checked.errors);
  const placement = await placementOf(tx, scope, member.organizationId, member.groupId);
  const { idNumber, idNumberMasked, ...fields } = checked.value;
  await assertIdNumberIsNew(tx, { tenantId: scope.tenantId, protector: input.protector, idNumber });
  const [created] = await tx
    .insert(partyMembers)
    .values({
      tenantId: scope.tenantId,
      ...placement,
      ...fields,
      ...protectIdNumber(input.protector, scope.tenantId, idNumber, idNumberMasked),
    })
    .returning();
  if (!created) throw new Error('party_members: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.created',
    entity: 'party-member',
    entityId: created.id,
    after: auditSnapshot(created),
    requestId: input.requestId,
  });
  return getPartyMember(tx, scope, created.id, today);
}
