import { type AuthUser, villageScopeOf } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { NotAllowedError, NotFoundError } from '@cunshe/errors';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { VillageScope } from '../villages/village-scope';

/**
 * The part of a county a caller works in: the whole county, one township's villages, or one village.
 * Every party operation takes it as an argument; RLS fences the county, this fences the villages.
 */
export type PartyScope = VillageScope;

/** The scope of a signed-in user (see `villageScopeOf`). */
export function partyScopeOf(user: AuthUser): PartyScope {
  const scope = villageScopeOf(user);
  const tenantId = user.tenantId as string;
  return scope === 'county' ? { tenantId } : { tenantId, ...scope };
}

/** Whether the scope is the whole county (county admins and county viewers). */
export function isCountyScope(scope: PartyScope): boolean {
  return !scope.townshipId && !scope.villageId;
}

/**
 * The condition that a row's village column lies in the scope (undefined for the whole county, where RLS
 * alone decides): the village itself, or any village of the township.
 */
export function villageInScope(column: PgColumn, scope: PartyScope): SQL | undefined {
  if (scope.villageId) return eq(column, scope.villageId);
  if (scope.townshipId) {
    return sql`${column} in (select ${villages.id} from ${villages} where ${villages.tenantId} = ${scope.tenantId} and ${villages.townshipId} = ${scope.townshipId})`;
  }
  return undefined;
}

/** A village as party records name it. */
export interface PartyVillage {
  id: string;
  code: string;
  name: string;
  townshipId: string;
}

/**
 * One village of the scope.
 * @throws NotFoundError when the village is not in the scope (another county's answers the same).
 */
export async function villageOfScope(tx: Tx, scope: PartyScope, villageId: string): Promise<PartyVillage> {
  const [village] = await tx
    .select({ id: villages.id, code: villages.code, name: villages.name, townshipId: villages.townshipId })
    .from(villages)
    .where(
      and(
        eq(villages.tenantId, scope.tenantId),
        eq(villages.id, villageId),
        villageInScope(villages.id, scope),
      ),
    );
  if (!village) throw new NotFoundError(`No village ${villageId} in your scope.`);
  return village;
}

/**
 * Refuses a scope narrower than the county, for county-wide settings.
 * @throws NotAllowedError for a township's or a village's user.
 */
export function assertCountyScope(scope: PartyScope): void {
  if (!isCountyScope(scope)) throw new NotAllowedError('Only the county sets this.');
}
