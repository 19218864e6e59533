import type { Tx } from '@cunshe/db';
import { type FormSubmission, formSubmissions, villages } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { VillageScope } from '../villages/village-scope';

/**
 * The condition that a row's village lies in the scope: the village itself, or any village of the
 * township; undefined for the whole county, where row-level security alone decides.
 */
export function villageInScope(column: PgColumn, scope: VillageScope): SQL | undefined {
  if (scope.villageId) return eq(column, scope.villageId);
  if (scope.townshipId) {
    return sql`${column} in (select ${villages.id} from ${villages} where ${villages.tenantId} = ${scope.tenantId} and ${villages.townshipId} = ${scope.townshipId})`;
  }
  return undefined;
}

/** A submission of the scope with where it sits: its village's name and township. */
export interface ScopedSubmission {
  row: FormSubmission;
  village: { id: string; name: string; townshipId: string };
}

/**
 * A submission whose village is in the scope, locked for the rest of the transaction when `forUpdate`.
 * @throws NotFoundError when there is none (another county's or village's answers the same).
 */
export async function submissionInScope(tx: Tx, scope: VillageScope, id: string): Promise<ScopedSubmission> {
  const [found] = await tx
    .select({
      row: formSubmissions,
      village: { id: villages.id, name: villages.name, townshipId: villages.townshipId },
    })
    .from(formSubmissions)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, formSubmissions.tenantId), eq(villages.id, formSubmissions.villageId)),
    )
    .where(
      and(
        eq(formSubmissions.tenantId, scope.tenantId),
        eq(formSubmissions.id, id),
        villageInScope(formSubmissions.villageId, scope),
      ),
    );
  if (!found) throw new NotFoundError(`No submission ${id} in your scope.`);
  return found;
}
