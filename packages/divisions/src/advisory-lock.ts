import type { Tx } from '@cunshe/db';
import { sql } from 'drizzle-orm';

/**
 * Takes a PostgreSQL transaction-level advisory lock named by `key` (hashed with `hashtext`), waiting for a
 * concurrent holder to commit: two imports or two onboardings of one county then run one after the other,
 * and the second finds the work done instead of failing on a unique key. Released at commit or rollback.
 */
export async function lockFor(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`cunshe:${key}`}))`);
}
