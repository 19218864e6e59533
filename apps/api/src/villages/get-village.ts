import type { Tx } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { VillageListItem } from './list-villages';
import type { VillageScope } from './village-scope';

/**
 * One village of a scope with its township.
 * @throws NotFoundError when the village is not in the scope (another county's, township's or village's
 * village answers the same as one that does not exist).
 */
export async function getVillage(tx: Tx, scope: VillageScope, id: string): Promise<VillageListItem> {
  const [village] = await tx
    .select({
      id: villages.id,
      code: villages.code,
      name: villages.name,
      type: villages.type,
      townshipCode: townships.code,
      townshipName: townships.name,
      isRetired: villages.isRetired,
    })
    .from(villages)
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(
      and(
        eq(villages.tenantId, scope.tenantId),
        eq(villages.id, id),
        scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    );
  if (!village) throw new NotFoundError(`No village ${id} in your scope.`);
  return village;
}
