import { type AuthUser, can, type Permission, villageResource } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';

/** A village as an assessment shows it. */
export interface AssessedVillage {
  id: string;
  tenantId: string;
  townshipId: string;
  name: string;
  code: string;
  townshipName: string;
}

/**
 * A village of the user's county that the user reaches with `permission` (a village admin its own village,
 * a township admin its township's, the county all).
 * @throws NotFoundError otherwise: a village out of reach answers like one that does not exist.
 */
export async function villageInReach(
  tx: Tx,
  input: { user: AuthUser; permission: Permission; villageId: string },
): Promise<AssessedVillage> {
  const tenantId = input.user.tenantId ?? '';
  const [village] = await tx
    .select({
      id: villages.id,
      tenantId: villages.tenantId,
      townshipId: villages.townshipId,
      name: villages.name,
      code: villages.code,
      townshipName: townships.name,
    })
    .from(villages)
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(and(eq(villages.tenantId, tenantId), eq(villages.id, input.villageId)));
  if (!village || !can(input.user, input.permission, villageResource(village)))
    throw new NotFoundError(`No village ${input.villageId} in your scope.`);
  return village;
}
