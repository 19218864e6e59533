import { api } from '../api/client';

/** An Open311 API key of the county as its admins see it (never the secret). */
export interface ApiKey {
  id: string;
  name: string;
  /** The secret's last four characters. */
  secretHint: string;
  createdBy: { id: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A key just issued, with the secret the server shows this once. */
export interface IssuedApiKey {
  key: ApiKey;
  secret: string;
}

/** The query-cache key of the county's keys. */
export const apiKeysQueryKey = ['open311', 'keys'] as const;

/** The county's Open311 keys, revoked ones too, newest first. */
export async function fetchApiKeys(): Promise<ApiKey[]> {
  return (await api<{ items: ApiKey[] }>('/api/open311/keys')).items;
}

/** Issues a key; answers it with its secret, to be shown once. */
export function issueApiKey(name: string): Promise<IssuedApiKey> {
  return api<IssuedApiKey>('/api/open311/keys', { method: 'POST', body: { name } });
}

/** Revokes a key at once. */
export function revokeApiKey(id: string): Promise<ApiKey> {
  return api<ApiKey>(`/api/open311/keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/** The public GeoReport v2 endpoints of a county, by its six-digit code, on this server. */
export function open311Endpoints(countyCode: string, origin: string) {
  const base = `${origin}/open311/v2`;
  const jurisdiction = `jurisdiction_id=${encodeURIComponent(countyCode)}`;
  return {
    services: `${base}/services.json?${jurisdiction}`,
    requests: `${base}/requests.json?${jurisdiction}`,
    filing: `${base}/requests.json`,
  };
}
