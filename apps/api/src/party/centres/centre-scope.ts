import type { Tx } from '@cunshe/db';
import { partyCentres, townships, villages } from '@cunshe/db/schema';
import { InputError, NotAllowedError, NotFoundError } from '@cunshe/errors';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PartyScope } from '../party-scope';

/**
 * The condition that a centre lies in the scope (undefined for the whole county, where RLS alone decides).
 * A township's user sees the township's own centres and its villages'; a village's user sees the village's
 * centres and, read-only, those its township keeps for all its villages.
 */
export function centreInScope(scope: PartyScope): SQL | undefined {
  const villagesOfTownship = (townshipId: SQL | string) =>
    sql`${partyCentres.villageId} in (select ${villages.id} from ${villages} where ${villages.tenantId} = ${scope.tenantId} and ${villages.townshipId} = ${townshipId})`;
  if (scope.villageId) {
    const townshipOfVillage = sql`(select ${villages.townshipId} from ${villages} where ${villages.tenantId} = ${scope.tenantId} and ${villages.id} = ${scope.villageId})`;
    return or(eq(partyCentres.villageId, scope.villageId), eq(partyCentres.townshipId, townshipOfVillage));
  }
  if (scope.townshipId) {
    return or(eq(partyCentres.townshipId, scope.townshipId), villagesOfTownship(scope.townshipId));
  }
  return undefined;
}

/** The condition "a centre of the township or of one of its villages" (the list's township filter). */
export function centreOfTownship(tenantId: string, townshipId: string): SQL | undefined {
  return or(
    eq(partyCentres.townshipId, townshipId),
    sql`${partyCentres.villageId} in (select ${villages.id} from ${villages} where ${villages.tenantId} = ${tenantId} and ${villages.townshipId} = ${townshipId})`,
  );
}

/** A township as centres name it. */
export interface CentreTownship {
  id: string;
  code: string;
  name: string;
}

/**
 * One township a scope may keep centres for: any of the county's for the county, its own for a township's
 * user. A village's user keeps none (its township's centres are the township's).
 * @throws NotFoundError when the township is not the county's or not the caller's (another county's
 * answers the same); NotAllowedError for a village's user, whatever the township.
 */
export async function townshipOfScope(
  tx: Tx,
  scope: PartyScope,
  townshipId: string,
): Promise<CentreTownship> {
  // Refused before any look-up, so the answer says nothing of which townships exist.
  if (scope.villageId) {
    throw new NotAllowedError('A township’s centres are kept by the township or the county.');
  }
  const [township] = await tx
    .select({ id: townships.id, code: townships.code, name: townships.name })
    .from(townships)
    .where(and(eq(townships.tenantId, scope.tenantId), eq(townships.id, townshipId)));
  if (!township || (scope.townshipId && scope.townshipId !== township.id)) {
    throw new NotFoundError(`No township ${townshipId} in your scope.`);
  }
  return township;
}

/**
 * The row of one centre the scope may change, locked when `forUpdate`.
 * @throws NotFoundError when the centre is not in the scope; NotAllowedError when a village's user asks to
 * change a centre of its township (which it may only read).
 */
export async function centreRowToChange(
  tx: Tx,
  scope: PartyScope,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = tx
    .select()
    .from(partyCentres)
    .where(and(eq(partyCentres.tenantId, scope.tenantId), eq(partyCentres.id, id), centreInScope(scope)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`No party centre ${id} in your scope.`);
  if (scope.villageId && row.townshipId) {
    throw new NotAllowedError('A township’s centres are kept by the township or the county.');
  }
  return row;
}

/**
 * Refuses a centre that does not serve a village: a party activity of the village may be linked to one of
 * the village's centres or of its township's.
 * @throws InputError naming `centreId`.
 */
export async function assertCentreOfVillage(
  tx: Tx,
  scope: PartyScope,
  villageId: string,
  centreId: string,
): Promise<void> {
  const [centre] = await tx
    .select({ id: partyCentres.id })
    .from(partyCentres)
    .where(
      and(
        eq(partyCentres.tenantId, scope.tenantId),
        eq(partyCentres.id, centreId),
        or(
          eq(partyCentres.villageId, villageId),
          eq(
            partyCentres.townshipId,
            sql`(select ${villages.townshipId} from ${villages} where ${villages.tenantId} = ${scope.tenantId} and ${villages.id} = ${villageId})`,
          ),
        ),
      ),
    );
  if (!centre) {
    throw new InputError('The centre does not serve the activity’s village.', [
      { path: 'centreId', message: 'must be a centre of the activity’s village or of its township' },
    ]);
  }
}
