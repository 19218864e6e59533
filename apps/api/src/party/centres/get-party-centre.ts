import type { Tx } from '@cunshe/db';
import { partyCentres } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';
import { centreInScope } from './centre-scope';
import { centreViews, type PartyCentreView } from './centre-view';

/**
 * One centre of the scope (a village's user also reads its township's).
 * @throws NotFoundError when it is not in the scope.
 */
export async function getPartyCentre(tx: Tx, scope: PartyScope, id: string): Promise<PartyCentreView> {
  const [centre] = await centreViews(
    tx,
    and(eq(partyCentres.tenantId, scope.tenantId), eq(partyCentres.id, id), centreInScope(scope)),
  );
  if (!centre) throw new NotFoundError(`No party centre ${id} in your scope.`);
  return centre;
}
