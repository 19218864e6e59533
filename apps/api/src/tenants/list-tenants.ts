import type { Db, Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { tenants } from '@cunshe/db/schema';
import { asc, count, ilike, like, or } from 'drizzle-orm';
import { offsetOf } from '../pagination';

/** A tenant as the platform operator sees it: the county, never its personal data. */
export interface TenantItem {
  id: string;
  code: string;
  name: string;
  formerCodes: string[];
  isActive: boolean;
  createdAt: Date;
}

/** The platform's tenants by code, searchable by name or code prefix, one page at a time. */
export async function listTenants(
  tx: Db | Tx,
  query: { q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: TenantItem[]; total: number }> {
  const text = query.q?.normalize('NFC').trim();
  const q = text ? escapeLike(text) : undefined;
  const where = q ? or(like(tenants.code, `${q}%`), ilike(tenants.name, `%${q}%`)) : undefined;
  const items = await tx
    .select({
      id: tenants.id,
      code: tenants.code,
      name: tenants.name,
      formerCodes: tenants.formerCodes,
      isActive: tenants.isActive,
      createdAt: tenants.createdAt,
    })
    .from(tenants)
    .where(where)
    .orderBy(asc(tenants.code))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [row] = await tx.select({ total: count() }).from(tenants).where(where);
  return { items, total: row?.total ?? 0 };
}
