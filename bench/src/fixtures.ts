import { createSession, createUser } from '@cunshe/auth';
import { type Database, migrate, openDatabase } from '@cunshe/db';
import { townships, villages } from '@cunshe/db/schema';
import { importDivisions, importFormerCodes, onboardCounty } from '@cunshe/divisions';
import { and, asc, desc, eq, sql } from 'drizzle-orm';

/** The seed's county, the one the API benchmarks read. */
export const BENCH_COUNTY = '361003';

/** What a load test needs: a signed-in county admin, a township to list and a village to change. */
export interface ReadFixture {
  tenantId: string;
  token: string;
  townshipCode: string;
  villageId: string;
  villageCount: number;
}

/**
 * Onboards 东乡区 (when it is not yet) and signs in a county admin, for the API benchmarks: the township
 * with the most villages is the one listed, and its first village is the one changed by the write test.
 * The session is created directly (no Argon2 check per run, no login throttle in the way).
 */
export async function readFixture(database: Database, username = 'bench-admin'): Promise<ReadFixture> {
  const county = await onboardCounty(database, { code: BENCH_COUNTY });
  const tenantId = county.tenantId;
  const user = await createUser(database, {
    tenantId,
    username,
    password: 'bench-password-4711!',
    role: 'county-admin',
    displayName: '压测管理员',
  });
  const { token } = await database.withTenant(tenantId, (tx) =>
    createSession(tx, { userId: user.id, tenantId }),
  );
  return database.withTenant(tenantId, async (tx) => {
    const [largest] = await tx
      .select({ id: townships.id, code: townships.code, villageCount: sql<number>`count(*)::int` })
      .from(townships)
      .innerJoin(
        villages,
        and(eq(villages.tenantId, townships.tenantId), eq(villages.townshipId, townships.id)),
      )
      .groupBy(townships.id, townships.code)
      .orderBy(desc(sql`count(*)`), asc(townships.code))
      .limit(1);
    if (!largest) throw new Error(`${BENCH_COUNTY} has no township with villages`);
    const [village] = await tx
      .select({ id: villages.id })
      .from(villages)
      .where(eq(villages.townshipId, largest.id))
      .orderBy(asc(villages.sortKey))
      .limit(1);
    if (!village) throw new Error('no village');
    return {
      tenantId,
      token,
      townshipCode: largest.code,
      villageId: village.id,
      villageCount: largest.villageCount,
    };
  });
}

/**
 * A PGlite data folder with 东乡区 onboarded and a signed-in county admin, for the API on PGlite: only the
 * reference rows of Jiangxi's 抚州 (3610) are imported, since the village list reads tenant tables only.
 */
export async function preparePglite(dataDir: string): Promise<ReadFixture> {
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database);
    await importDivisions(database, { prefixes: ['3610'] });
    await importFormerCodes(database, { prefixes: ['3610'] });
    return await readFixture(database, 'bench-pglite');
  } finally {
    await database.close();
  }
}
