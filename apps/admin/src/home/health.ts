import { api } from '../api/client';

/** What `GET /api/health` answers. */
export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  migrations: { applied: number; expected: number };
  version?: string;
}

/** Reads the server's health. */
export function fetchHealth(): Promise<Health> {
  return api<Health>('/api/health');
}
