import type { Tx } from '@cunshe/db';
import { open311ApiKeys } from '@cunshe/db/schema';
import { desc, eq } from 'drizzle-orm';
import { type ApiKeyView, apiKeyView } from './api-key-view';

/** Every Open311 key of a county, revoked ones too, newest first. */
export async function listApiKeys(tx: Tx, tenantId: string): Promise<ApiKeyView[]> {
  const rows = await tx
    .select()
    .from(open311ApiKeys)
    .where(eq(open311ApiKeys.tenantId, tenantId))
    .orderBy(desc(open311ApiKeys.createdAt), desc(open311ApiKeys.id));
  return rows.map(apiKeyView);
}
