import type { Tx } from '@cunshe/db';
import { users } from '@cunshe/db/schema';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { scopedVillage } from '../plugin-host/scoped-village';
import type { VillageScope } from '../villages/village-scope';

/** Someone a request can be assigned to. */
export interface Assignee {
  id: string;
  name: string;
  role: string;
}

/**
 * Who can be given the requests of a village of the scope: its village admins and station staff, and the
 * county's admins; disabled accounts are left out.
 * @throws NotFoundError when the village is not in the scope.
 */
export async function listAssignees(
  tx: Tx,
  input: { scope: VillageScope; villageId: string },
): Promise<Assignee[]> {
  const village = await scopedVillage(tx, input.scope, input.villageId);
  return tx
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.tenantId, village.tenantId),
        eq(users.isDisabled, false),
        or(
          eq(users.role, 'county-admin'),
          and(inArray(users.role, ['village-admin', 'station-staff']), eq(users.villageId, village.id)),
        ),
      ),
    )
    .orderBy(asc(users.role), asc(users.displayName));
}
