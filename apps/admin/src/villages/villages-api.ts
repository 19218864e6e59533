import { api } from '../api/client';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';
import type { VillageType, VillageTypeOrNone } from './village-types';

/** A township with its villages counted in total and per type. */
export interface TownshipSummary {
  id: string;
  code: string;
  name: string;
  villageCount: number;
  villagesByType: Record<VillageTypeOrNone, number>;
}

/** One row of the village list. */
export interface VillageListItem {
  id: string;
  code: string;
  name: string;
  type: VillageType | null;
  townshipCode: string;
  townshipName: string;
  isRetired: boolean;
}

/** A village as its page shows it; the times only when the API includes them. */
export interface Village extends VillageListItem {
  createdAt?: string;
  updatedAt?: string;
}

/** What setting a village's type did: the type before and after, and whether that changed anything. */
export interface VillageTypeOutcome {
  id: string;
  code: string;
  name: string;
  before: VillageType | null;
  after: VillageType | null;
  isChanged: boolean;
}

/** One row of an uploaded type sheet as the import reports it. */
export interface ImportRow {
  line: number;
  code: string;
  name: string;
  before: VillageType | null;
  after: VillageType | null;
  isChanged: boolean;
}

/** A row of an uploaded type sheet that cannot be applied, and why. */
export interface ImportRowError {
  line: number;
  code: string;
  message: string;
}

/** The import's row-by-row report; `applied` is false for a dry run (or when errors stopped it). */
export interface ImportReport {
  applied: boolean;
  rows: ImportRow[];
  errors: ImportRowError[];
}

/** The root of every village query's cache key; invalidate it after a village changes. */
export const villagesQueryKey = ['villages'] as const;
/** The cache key of the township tree. */
export const townshipsQueryKey = ['townships'] as const;

/** The townships the user may see, in pinyin order, with their village counts. */
export async function fetchTownships(): Promise<TownshipSummary[]> {
  return (await api<{ items: TownshipSummary[]; total: number }>('/api/townships')).items;
}

/** One page of villages for a list query (`q`, `type`, `townshipCode`, page). */
export function fetchVillages(query: ListQuery): Promise<ListPage<VillageListItem>> {
  return api<ListPage<VillageListItem>>(`/api/villages${toListSearch(query)}`);
}

/** One village by id. */
export function fetchVillage(id: string): Promise<Village> {
  return api<Village>(`/api/villages/${encodeURIComponent(id)}`);
}

/** Sets one village's type (`null` clears it). */
export function updateVillageType(id: string, type: VillageType | null): Promise<Village> {
  return api<Village>(`/api/villages/${encodeURIComponent(id)}`, { method: 'PATCH', body: { type } });
}

/** Sets the type of many villages at once; answers each village's outcome. */
export async function setVillageTypes(
  ids: string[],
  type: VillageType | null,
): Promise<VillageTypeOutcome[]> {
  const body = await api<{ items: VillageTypeOutcome[] }>('/api/villages/types', {
    method: 'POST',
    body: { ids, type },
  });
  return body.items;
}

/** Reads an uploaded `code,type` sheet; with `dryRun` only reports what would change. */
export function importVillageTypes(input: {
  fileName: string;
  contentBase64: string;
  dryRun: boolean;
}): Promise<ImportReport> {
  return api<ImportReport>('/api/villages/types/import', { method: 'POST', body: input });
}
