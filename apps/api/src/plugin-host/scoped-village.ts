import { isUuid, type Tx } from '@cunshe/db';
import { type VillageType, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { VillageScope } from '../villages/village-scope';

/** A village as the plugin host needs it: where it sits and its type. */
export interface ScopedVillage {
  id: string;
  tenantId: string;
  townshipId: string;
  name: string;
  type: VillageType | null;
}

/**
 * A village of the caller's scope, locked for the rest of the transaction when `forUpdate`.
 * @throws NotFoundError when the village is not in the scope (as if it did not exist).
 */
export async function scopedVillage(tx: Tx, scope: VillageScope, villageId: string): Promise<ScopedVillage> {
  // A plugin passes path segments through as they come; anything but a UUID names no village.
  if (!isUuid(villageId)) throw new NotFoundError(`No village ${villageId} in your scope.`);
  const [village] = await tx
    .select({
      id: villages.id,
      tenantId: villages.tenantId,
      townshipId: villages.townshipId,
      name: villages.name,
      type: villages.type,
    })
    .from(villages)
    .where(
      and(
        eq(villages.tenantId, scope.tenantId),
        eq(villages.id, villageId),
        scope.townshipId ? eq(villages.townshipId, scope.townshipId) : undefined,
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    );
  if (!village) throw new NotFoundError(`No village ${villageId} in your scope.`);
  return village;
}
