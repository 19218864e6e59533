import type { AuditActor } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyOrganizations } from '@cunshe/db/schema';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { createPartyOrganization } from './create-party-organization';
import { getPartyOrganization } from './get-party-organization';
import type { PartyOrganizationView } from './organization-view';

/**
 * The party branch of a plugin's association in a village, created when it does not exist yet: what the
 * plugin host calls when a plugin whose association `hasPartyBranch` is enabled for a village (the seed's
 * 民营经济协会党支部, 蚕桑协会党支部, 生猪协会党支部 of 潭江村). Idempotent per village, plugin and association.
 * @throws NotFoundError when the village is not in the scope.
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
  const [held] = await tx
    .select({ id: partyOrganizations.id })
    .from(partyOrganizations)
    .where(
      and(
        eq(partyOrganizations.tenantId, input.scope.tenantId),
        eq(partyOrganizations.villageId, input.villageId),
        eq(partyOrganizations.pluginId, input.pluginId),
        eq(partyOrganizations.associationKey, input.associationKey),
      ),
    );
  if (held) return getPartyOrganization(tx, input.scope, held.id);
  return createPartyOrganization(tx, {
    scope: input.scope,
    actor: input.actor,
    requestId: input.requestId,
    organization: {
      villageId: input.villageId,
      kind: 'association-branch',
      name: input.name,
      pluginId: input.pluginId,
      associationKey: input.associationKey,
    },
  });
}
