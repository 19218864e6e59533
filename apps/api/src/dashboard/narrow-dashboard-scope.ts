import type { Tx } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party/party-scope';

/** A township as the dashboard names it. */
export interface DashboardTownship {
  id: string;
  code: string;
  name: string;
}

/**
 * The scope the dashboard shows when the caller picks a township (`townshipCode`, 9 digits): the county's
 * user narrows to that township; a township's user may pick only its own; a village's user only the
 * township its village lies in (and keeps seeing only its village).
 *
 * The township is looked up within the caller's county, so another county's code (which RLS hides as well)
 * answers the same as a code that does not exist.
 *
 * @returns the narrowed scope and the township picked.
 * @throws NotFoundError when the county has no such township or it lies outside the caller's scope.
 */
export async function narrowDashboardScope(
  tx: Tx,
  scope: PartyScope,
  townshipCode: string,
): Promise<{ scope: PartyScope; township: DashboardTownship }> {
  const [township] = await tx
    .select({ id: townships.id, code: townships.code, name: townships.name })
    .from(townships)
    .where(and(eq(townships.tenantId, scope.tenantId), eq(townships.code, townshipCode)));
  const notFound = new NotFoundError(`No township ${townshipCode} in your scope.`);
  if (!township) throw notFound;
  if (scope.villageId) {
    const [village] = await tx
      .select({ townshipId: villages.townshipId })
      .from(villages)
      .where(and(eq(villages.tenantId, scope.tenantId), eq(villages.id, scope.villageId)));
    if (village?.townshipId !== township.id) throw notFound;
    return { scope, township };
  }
  if (scope.townshipId && scope.townshipId !== township.id) throw notFound;
  return { scope: { tenantId: scope.tenantId, townshipId: township.id }, township };
}
