import type { Database } from '@cunshe/db';
import { tenants } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq, or, sql } from 'drizzle-orm';

/** A county as an Open311 jurisdiction. */
export interface Jurisdiction {
  tenantId: string;
  /** The county's current six-digit code. */
  code: string;
  name: string;
}

const COUNTY_CODE = /^\d{6}$/;

/**
 * The active county whose six-digit code (current, or one it had before: 东乡县 361029 is now 东乡区
 * 361003) is `jurisdictionId`, read in the platform scope since no county is known yet.
 * @throws NotFoundError for a malformed code or no such active county.
 */
export async function findJurisdiction(database: Database, jurisdictionId: string): Promise<Jurisdiction> {
  if (!COUNTY_CODE.test(jurisdictionId)) {
    throw new NotFoundError(`jurisdiction_id: ${jurisdictionId} is not a six-digit county code.`);
  }
  const [tenant] = await database.withPlatform((tx) =>
    tx
      .select({ tenantId: tenants.id, code: tenants.code, name: tenants.name })
      .from(tenants)
      .where(
        and(
          eq(tenants.isActive, true),
          or(eq(tenants.code, jurisdictionId), sql`${jurisdictionId} = any(${tenants.formerCodes})`),
        ),
      )
      .limit(1),
  );
  if (!tenant) throw new NotFoundError(`jurisdiction_id: no county ${jurisdictionId} serves Open311 here.`);
  return tenant;
}
