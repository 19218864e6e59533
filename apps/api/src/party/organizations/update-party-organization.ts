import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyMembers, partyOrganizations } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, eq, ne } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { getPartyOrganization, organizationRowOfScope } from './get-party-organization';
import { memberOf, type PartyOrganizationView } from './organization-view';

/** Changes to a party organization; an absent field stays as it is. */
export interface PartyOrganizationChanges {
  name?: string | undefined;
  /** The secretary (or a group's leader): a member of the organization; null clears it. */
  secretaryMemberId?: string | null | undefined;
  establishedOn?: string | null | undefined;
}

/**
 * Renames a party organization, sets its secretary or its founding date, audited
 * (`party-organization.updated`, before and after).
 * @throws NotFoundError outside the scope; InputError (`secretaryMemberId`) when the secretary is not a
 * member of the organization on the books; ConflictError for a name the village already uses.
 */
export async function updatePartyOrganization(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    changes: PartyOrganizationChanges;
  },
): Promise<PartyOrganizationView> {
  const { scope, changes } = input;
  const before = await organizationRowOfScope(tx, scope, input.id);
  const name = changes.name?.normalize('NFC').trim();
  if (name !== undefined && name !== before.name) {
    const [clash] = await tx
      .select({ id: partyOrganizations.id })
      .from(partyOrganizations)
      .where(
        and(
          eq(partyOrganizations.tenantId, scope.tenantId),
          eq(partyOrganizations.villageId, before.villageId),
          eq(partyOrganizations.name, name),
          ne(partyOrganizations.id, before.id),
        ),
      );
    if (clash) throw new ConflictError(`The village already has an organization named ${name}.`);
  }
  if (changes.secretaryMemberId) {
    const [member] = await tx
      .select({ id: partyMembers.id, status: partyMembers.status })
      .from(partyMembers)
      .where(
        and(
          eq(partyMembers.tenantId, scope.tenantId),
          eq(partyMembers.id, changes.secretaryMemberId),
          memberOf(before.id),
        ),
      );
    if (!member || member.status === 'transferred-out' || member.status === 'deceased') {
      throw new InputError('The secretary must be a member of the organization.', [
        { path: 'secretaryMemberId', message: 'must be a member of this organization on its books' },
      ]);
    }
  }
  const [after] = await tx
    .update(partyOrganizations)
    .set({
      ...(name !== undefined ? { name } : {}),
      ...(changes.secretaryMemberId !== undefined ? { secretaryMemberId: changes.secretaryMemberId } : {}),
      ...(changes.establishedOn !== undefined ? { establishedOn: changes.establishedOn } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(partyOrganizations.tenantId, scope.tenantId), eq(partyOrganizations.id, before.id)))
    .returning();
  const snapshot = (row: typeof before) => ({
    name: row.name,
    secretaryMemberId: row.secretaryMemberId,
    establishedOn: row.establishedOn,
  });
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-organization.updated',
    entity: 'party-organization',
    entityId: before.id,
    before: snapshot(before),
    after: after ? snapshot(after) : null,
    requestId: input.requestId,
  });
  return getPartyOrganization(tx, scope, before.id);
}
