import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type PartyOrganizationKind, partyOrganizations } from '@cunshe/db/schema';
import { ConflictError, type FieldError, InputError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { type PartyScope, villageOfScope } from '../party-scope';
import { getPartyOrganization, organizationRowOfScope } from './get-party-organization';
import type { PartyOrganizationView } from './organization-view';

/** A new party organization. */
export interface NewPartyOrganizationInput {
  villageId: string;
  kind: PartyOrganizationKind;
  name: string;
  /**
   * The branch a party group belongs to (required for a group), or the village branch an association branch
   * sits under (optional); refused for a branch or general branch.
   */
  parentId?: string | null | undefined;
  /** The plugin that contributes the association (null for one entered by hand); association branches only. */
  pluginId?: string | null | undefined;
  /** The association's key in its plugin's catalogue; required for an association branch. */
  associationKey?: string | null | undefined;
  establishedOn?: string | null | undefined;
}

/**
 * Creates a party organization in a village of the scope, audited (`party-organization.created`). A party
 * group belongs to a branch or general branch of the same village; an association branch names its
 * association (`associationKey`, and the plugin contributing it when there is one) and may sit under such a
 * branch too.
 * @throws InputError naming the field that breaks a rule; NotFoundError for a village or parent outside
 * the scope; ConflictError when the village already has an organization of that name or that association.
 */
export async function createPartyOrganization(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    organization: NewPartyOrganizationInput;
  },
): Promise<PartyOrganizationView> {
  const { scope, organization } = input;
  const village = await villageOfScope(tx, scope, organization.villageId);
  const errors: FieldError[] = [];
  const isGroup = organization.kind === 'party-group';
  const isAssociation = organization.kind === 'association-branch';
  if (isGroup && !organization.parentId)
    errors.push({ path: 'parentId', message: 'a party group belongs to a branch' });
  if (!isGroup && !isAssociation && organization.parentId)
    errors.push({ path: 'parentId', message: 'only a party group or an association branch has a parent' });
  if (isAssociation && !organization.associationKey) {
    errors.push({ path: 'associationKey', message: 'an association branch names its association' });
  }
  if (!isAssociation && (organization.associationKey || organization.pluginId)) {
    errors.push({ path: 'associationKey', message: 'only an association branch names an association' });
  }
  if (errors.length > 0) throw new InputError('The organization breaks a rule.', errors);
  if (organization.parentId) {
    const parent = await organizationRowOfScope(tx, scope, organization.parentId);
    if (parent.villageId !== village.id || (parent.kind !== 'branch' && parent.kind !== 'general-branch')) {
      throw new InputError('The parent must be a branch of the same village.', [
        { path: 'parentId', message: 'must be a branch or general branch of the same village' },
      ]);
    }
  }
  const name = organization.name.normalize('NFC').trim();
  const [clash] = await tx
    .select({ id: partyOrganizations.id })
    .from(partyOrganizations)
    .where(
      and(
        eq(partyOrganizations.tenantId, scope.tenantId),
        eq(partyOrganizations.villageId, village.id),
        eq(partyOrganizations.name, name),
      ),
    );
  if (clash) throw new ConflictError(`The village already has an organization named ${name}.`);
  const [created] = await tx
    .insert(partyOrganizations)
    .values({
      tenantId: scope.tenantId,
      villageId: village.id,
      kind: organization.kind,
      name,
      parentId: organization.parentId ?? null,
      pluginId: isAssociation ? (organization.pluginId ?? null) : null,
      associationKey: isAssociation ? (organization.associationKey ?? null) : null,
      establishedOn: organization.establishedOn ?? null,
    })
    .returning();
  if (!created) throw new Error('party_organizations: the insert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-organization.created',
    entity: 'party-organization',
    entityId: created.id,
    after: {
      villageId: village.id,
      kind: created.kind,
      name: created.name,
      associationKey: created.associationKey,
    },
    requestId: input.requestId,
  });
  return getPartyOrganization(tx, scope, created.id);
}
