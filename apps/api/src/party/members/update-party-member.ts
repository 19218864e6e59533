import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyMembers } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import type { PartyScope } from '../party-scope';
import { idNumberContext, protectIdNumber } from '../personal-data';
import { assertIdNumberIsNew } from './create-party-member';
import { getPartyMember } from './get-party-member';
import { checkMemberFields, type PartyMemberFields } from './member-fields';
import { memberRowOfScope, placementOf } from './member-of-scope';
import { auditSnapshot, type PartyMemberView } from './member-view';

/**
 * Changes to a member; an absent field stays as it is, and `idNumber` only when a new one is typed. Moving
 * to a branch of another village is a transfer (`transferPartyMember`); `groupId` moves within the branch.
 */
export type PartyMemberChanges = Partial<PartyMemberFields> & { groupId?: string | null | undefined };

/**
 * Changes a member of the scope: the whole member is checked again by its (possibly new) category's rules,
 * so changing to floating needs the certificate; fields of the old category are cleared. Audited
 * (`party-member.updated`, masked numbers only).
 * @throws NotFoundError outside the scope; InputError naming each broken field.
 */
export async function updatePartyMember(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    protector: PersonalDataProtector;
    id: string;
    changes: PartyMemberChanges;
    today?: string | undefined;
  },
): Promise<PartyMemberView> {
  const { scope, changes, protector } = input;
  const today = input.today ?? todayInChina();
  const before = await memberRowOfScope(tx, scope, input.id, true);
  const currentId = protector.decrypt(before.idNumberSealed, idNumberContext(scope.tenantId));
  const fields: PartyMemberFields = {
    name: changes.name ?? before.name,
    idNumber: changes.idNumber ?? currentId,
    phone: changes.phone === undefined ? before.phone : changes.phone,
    category: changes.category ?? before.category,
    status: changes.status ?? before.status,
    joinedOn: changes.joinedOn ?? before.joinedOn,
    employerName: changes.employerName === undefined ? before.employerName : changes.employerName,
    employerPartyOrganization:
      changes.employerPartyOrganization === undefined
        ? before.employerPartyOrganization
        : changes.employerPartyOrganization,
    registeredOn: changes.registeredOn === undefined ? before.registeredOn : changes.registeredOn,
    certificateNumber:
      changes.certificateNumber === undefined ? before.certificateNumber : changes.certificateNumber,
    certificateValidFrom:
      changes.certificateValidFrom === undefined ? before.certificateValidFrom : changes.certificateValidFrom,
    certificateValidUntil:
      changes.certificateValidUntil === undefined
        ? before.certificateValidUntil
        : changes.certificateValidUntil,
    currentLocation: changes.currentLocation === undefined ? before.currentLocation : changes.currentLocation,
    managementMode: changes.managementMode === undefined ? before.managementMode : changes.managementMode,
    managingOrganizationName:
      changes.managingOrganizationName === undefined
        ? before.managingOrganizationName
        : changes.managingOrganizationName,
  };
  const checked = checkMemberFields(fields, today);
  if (!checked.isValid) throw new InputError('The member has invalid fields.', checked.errors);
  let groupId = before.groupId;
  if (changes.groupId !== undefined) {
    groupId = changes.groupId;
    if (groupId) {
      await placementOf(tx, scope, before.organizationId, groupId);
    }
  }
  const { idNumber, idNumberMasked, ...values } = checked.value;
  const isNewIdNumber = idNumber !== currentId;
  if (isNewIdNumber)
    await assertIdNumberIsNew(tx, {
      tenantId: scope.tenantId,
      protector,
      idNumber,
      exceptMemberId: before.id,
    });
  const [after] = await tx
    .update(partyMembers)
    .set({
      ...values,
      groupId,
      ...(isNewIdNumber ? protectIdNumber(protector, scope.tenantId, idNumber, idNumberMasked) : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(partyMembers.tenantId, scope.tenantId), eq(partyMembers.id, before.id)))
    .returning();
  if (!after) throw new Error('party_members: the update returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.updated',
    entity: 'party-member',
    entityId: before.id,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
    requestId: input.requestId,
  });
  return getPartyMember(tx, scope, before.id, today);
}
