import { api } from '../api/client';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';

/** The three centres (三大中心). */
export const centreKinds = ['activity', 'service', 'education-training'] as const;
export type CentreKind = (typeof centreKinds)[number];
/** The services a centre may gather. */
export const centreServices = [
  'party-member-services',
  'civil-affairs',
  'employment',
  'legal-advice',
  'housekeeping',
] as const;
export type CentreService = (typeof centreServices)[number];

/** A centre of a village or a township, as the API shows it. */
export interface Centre {
  id: string;
  level: 'village' | 'township';
  villageId: string | null;
  villageName: string | null;
  townshipId: string;
  townshipName: string;
  kind: CentreKind;
  name: string;
  services: CentreService[];
  address: string | null;
  openingHours: string | null;
  personInCharge: string | null;
  activityCount: number;
  version: number;
  updatedAt: string;
}

/** What the create and edit dialogs send: the centre's own fields. */
export interface CentreFields {
  kind: CentreKind;
  name: string;
  services: CentreService[];
  address: string | null;
  openingHours: string | null;
  personInCharge: string | null;
}

/** The query cache key of the centres. */
export const centresQueryKey = ['party', 'centres'] as const;

const id = (value: string) => encodeURIComponent(value);

/** One page of centres (`villageId`, `townshipId` and `kind` filters). */
export const fetchCentres = (query: ListQuery) =>
  api<ListPage<Centre>>(`/api/party/centres${toListSearch(query)}`);
/** Creates a centre of a village or a township (exactly one of the two). */
export const createCentre = (
  body: CentreFields & { villageId?: string | null; townshipId?: string | null },
) => api<Centre>('/api/party/centres', { method: 'POST', body });
/** Changes a centre; `version` is the one loaded (409 when someone changed it since). */
export const updateCentre = (centreId: string, body: Partial<CentreFields> & { version: number }) =>
  api<Centre>(`/api/party/centres/${id(centreId)}`, { method: 'PATCH', body });
/** Deletes a centre at the version seen. */
export const deleteCentre = (centre: { id: string; version: number }) =>
  api<void>(`/api/party/centres/${id(centre.id)}?version=${centre.version}`, { method: 'DELETE' });
