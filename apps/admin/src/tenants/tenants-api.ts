import { api } from '../api/client';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';

/** An onboarded county as the platform operator sees it. */
export interface Tenant {
  id: string;
  code: string;
  name: string;
  formerCodes: string[];
  isActive: boolean;
  createdAt: string;
}

/** A division of the onboarding picker. */
export interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
}

/** What an onboarding did. */
export interface OnboardResult {
  status: 'created' | 'updated' | 'unchanged';
  code: string;
  name: string;
  townships: Record<'added' | 'renamed' | 'retired' | 'restored' | 'unchanged', number>;
  villages: Record<'added' | 'renamed' | 'retired' | 'restored' | 'unchanged', number>;
}

/** The query-cache key of the tenant list. */
export const tenantsQueryKey = ['tenants'] as const;

/** A page of onboarded counties. */
export function fetchTenants(query: ListQuery): Promise<ListPage<Tenant>> {
  return api<ListPage<Tenant>>(`/api/tenants${toListSearch(query)}`);
}

/** Provinces (no parent), or the cities and counties under a province or city code. */
export async function fetchDivisions(parentCode?: string): Promise<Division[]> {
  const search = parentCode ? `?parentCode=${encodeURIComponent(parentCode)}` : '';
  return (await api<{ items: Division[] }>(`/api/divisions${search}`)).items;
}

/** Onboards a county by its current or former code (idempotent). */
export function onboardCounty(code: string): Promise<OnboardResult> {
  return api<OnboardResult>('/api/tenants', { method: 'POST', body: { code } });
}

/** Disables (offboards) or enables a county; nothing is deleted. */
export function setTenantActive(code: string, isActive: boolean): Promise<unknown> {
  return api(`/api/tenants/${encodeURIComponent(code)}/${isActive ? 'enable' : 'disable'}`, {
    method: 'POST',
  });
}
