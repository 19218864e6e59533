import type { Open311ApiKey } from '@cunshe/db/schema';

/** An Open311 API key as its county's admins see it: never the secret, nor its hash. */
export interface ApiKeyView {
  id: string;
  name: string;
  /** The secret's last four characters, to tell keys apart. */
  secretHint: string;
  createdBy: { id: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The {@link ApiKeyView} of a stored key. */
export function apiKeyView(row: Open311ApiKey): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    secretHint: row.secretHint,
    createdBy: { id: row.createdBy, name: row.createdByName },
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
