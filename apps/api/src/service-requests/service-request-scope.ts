import type { Tx } from '@cunshe/db';
import { type ServiceRequest, serviceRequests, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { villageInScope } from '../forms/submission-scope';
import type { VillageScope } from '../villages/village-scope';

/** A service request of the scope with its village. */
export interface ScopedServiceRequest {
  request: ServiceRequest;
  village: { id: string; name: string; townshipId: string };
}

/**
 * A service request whose village is in the scope; with `forUpdate` its row stays locked until the
 * transaction ends, so a concurrent change waits and then sees the new version.
 * @throws NotFoundError when there is none (another county's or village's answers the same).
 */
export async function serviceRequestInScope(
  tx: Tx,
  scope: VillageScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ScopedServiceRequest> {
  const query = tx
    .select({
      request: serviceRequests,
      village: { id: villages.id, name: villages.name, townshipId: villages.townshipId },
    })
    .from(serviceRequests)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, serviceRequests.tenantId), eq(villages.id, serviceRequests.villageId)),
    )
    .where(
      and(
        eq(serviceRequests.tenantId, scope.tenantId),
        eq(serviceRequests.id, id),
        villageInScope(serviceRequests.villageId, scope),
      ),
    );
  const [found] = options.forUpdate ? await query.for('update', { of: serviceRequests }) : await query;
  if (!found) throw new NotFoundError(`No service request ${id} in your scope.`);
  return found;
}

/** The `can()` resource of a request's village. */
export function resourceOf(found: ScopedServiceRequest) {
  return {
    tenantId: found.request.tenantId,
    townshipId: found.village.townshipId,
    villageId: found.village.id,
  };
}
