import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyOrganizations } from '@cunshe/db/schema';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { createPartyOrganization } from './create-party-organization';
import { getPartyOrganization } from './get-party-organization';
import type { PartyOrganizationView } from './organization-view';

/** The village's own branch, the parent of its association branches: its general branch, else its first branch. */
async function villageBranchId(tx: Tx, tenantId: string, villageId: string): Promise<string | null> {
  const branches = await tx
    .select({ id: partyOrganizations.id, kind: partyOrganizations.kind })
    .from(partyOrganizations)
    .where(
      and(
        eq(partyOrganizations.tenantId, tenantId),
        eq(partyOrganizations.villageId, villageId),
        inArray(partyOrganizations.kind, ['general-branch', 'branch']),
      ),
    )
    .orderBy(asc(partyOrganizations.createdAt), asc(partyOrganizations.id));
  const chosen = branches.find((b) => b.kind === 'general-branch') ?? branches[0];
  return chosen?.id ?? null;
}

/**
 * The party branch of a plugin's association in a village, created when it does not exist yet: what the
 * plugin host calls when a plugin whose association `hasPartyBranch` is enabled for a village (the seed's
 * 民营经济协会党支部, 蚕桑协会党支部, 生猪协会党支部 of 潭江村). It sits under the village's own branch (its
 * general branch, else its first branch) when the village has one. Idempotent per village, plugin and
 * association: a branch already held is returned, placed under the village branch if it had no parent yet,
 * and one entered by hand for the same association (no plugin) is adopted rather than duplicated. Each
 * change is audited (`party-organization.created` or `.updated`).
 * @throws NotFoundError when the village is not in the scope; ConflictError when another organization of
 * the village already uses the name.
 */
export async function ensureAssociationBranch(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    villageId: string;
    pluginId: string;
    associationKey: string;
    name: string;
  },
): Promise<PartyOrganizationView> {
  const { tenantId } = input.scope;
  const parentId = await villageBranchId(tx, tenantId, input.villageId);
  const [held] = await tx
    .select()
    .from(partyOrganizations)
    .where(
      and(
        eq(partyOrganizations.tenantId, tenantId),
        eq(partyOrganizations.villageId, input.villageId),
        eq(partyOrganizations.kind, 'association-branch'),
        eq(partyOrganizations.associationKey, input.associationKey),
        or(eq(partyOrganizations.pluginId, input.pluginId), isNull(partyOrganizations.pluginId)),
      ),
    )
    .orderBy(asc(partyOrganizations.pluginId));
  if (!held) {
    return createPartyOrganization(tx, {
      scope: input.scope,
      actor: input.actor,
      requestId: input.requestId,
      organization: {
        villageId: input.villageId,
        kind: 'association-branch',
        name: input.name,
        parentId,
        pluginId: input.pluginId,
        associationKey: input.associationKey,
      },
    });
  }
  const changes = {
    ...(held.pluginId === null ? { pluginId: input.pluginId } : {}),
    ...(held.parentId === null && parentId ? { parentId } : {}),
  };
  if (Object.keys(changes).length > 0) {
    await tx
      .update(partyOrganizations)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(partyOrganizations.tenantId, tenantId), eq(partyOrganizations.id, held.id)));
    await recordAudit(tx, {
      tenantId,
      actor: input.actor,
      action: 'party-organization.updated',
      entity: 'party-organization',
      entityId: held.id,
      before: { pluginId: held.pluginId, parentId: held.parentId },
      after: { pluginId: changes.pluginId ?? held.pluginId, parentId: changes.parentId ?? held.parentId },
      requestId: input.requestId,
    });
  }
  return getPartyOrganization(tx, input.scope, held.id);
}
