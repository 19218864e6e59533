import type { Tx } from '@cunshe/db';
import { partyOrganizations } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party-scope';
import { organizationViews, type PartyOrganizationView } from './organization-view';

/**
 * One party organization of the scope.
 * @throws NotFoundError when it is not in the scope.
 */
export async function getPartyOrganization(
  tx: Tx,
  scope: PartyScope,
  id: string,
): Promise<PartyOrganizationView> {
  const [organization] = await organizationViews(
    tx,
    and(
      eq(partyOrganizations.tenantId, scope.tenantId),
      eq(partyOrganizations.id, id),
      villageInScope(partyOrganizations.villageId, scope),
    ),
  );
  if (!organization) throw new NotFoundError(`No party organization ${id} in your scope.`);
  return organization;
}

/**
 * The row of one party organization of the scope, for operations that write.
 * @throws NotFoundError when it is not in the scope.
 */
export async function organizationRowOfScope(tx: Tx, scope: PartyScope, id: string) {
  const [row] = await tx
    .select()
    .from(partyOrganizations)
    .where(
      and(
        eq(partyOrganizations.tenantId, scope.tenantId),
        eq(partyOrganizations.id, id),
        villageInScope(partyOrganizations.villageId, scope),
      ),
    );
  if (!row) throw new NotFoundError(`No party organization ${id} in your scope.`);
  return row;
}
