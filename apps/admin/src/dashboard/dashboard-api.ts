import { api } from '../api/client';
import type { MemberCategory } from '../party/party-api';
import type { VillageType, VillageTypeOrNone } from '../villages/village-types';

/** A service request's status as the summary counts it. */
export type RequestStatus = 'submitted' | 'accepted' | 'in-progress' | 'resolved' | 'rejected';

/** One approved village of the latest evaluation period's ranking. */
export interface RankingRow {
  villageId: string;
  villageName: string;
  townshipId: string;
  townshipName: string;
  /** The exact total as a decimal string, e.g. `91.25`. */
  totalScore: string;
  countyRank: number;
  townshipRank: number;
}

/** One village of a township's drill-down. */
export interface DashboardVillage {
  id: string;
  code: string;
  name: string;
  type: VillageType | null;
  openServiceRequests: number;
  partyMembers: number;
}

/** The 一肩挑 and cross-appointment ratios (0..1, null when nothing to divide by) with their counts. */
export interface CadreRatios {
  asOf: string;
  villageCount: number;
  villagesWithBothHeads: number;
  oneShoulderVillages: number;
  oneShoulderRatio: number | null;
  cadreCount: number;
  crossAppointedCount: number;
  crossAppointmentRatio: number | null;
}

/** What `GET /api/dashboard/summary` answers (see the API's `DashboardSummary`). */
export interface DashboardSummary {
  township: { id: string; code: string; name: string } | null;
  villageCount: number;
  villagesByType: Record<VillageTypeOrNone, number>;
  villagesByTownship: { townshipId: string; townshipCode: string; townshipName: string; count: number }[];
  serviceRequestsByStatus: Record<RequestStatus, number>;
  overdueServiceRequests: number;
  /** Whole seconds, or null when no request has been resolved. */
  medianResolveSeconds: number | null;
  partyMembersByCategory: Record<MemberCategory, number>;
  cadres: CadreRatios;
  pluginsEnabled: { pluginId: string; villageCount: number }[];
  /** Integer fen. */
  fundingByTownship: { townshipId: string; townshipCode: string; townshipName: string; totalFen: number }[];
  fiveGoods: { periodId: string; periodName: string; items: RankingRow[] } | null;
  villages: DashboardVillage[] | null;
}

/** The cache key of the dashboard's figures for one township (or the whole scope). */
export function dashboardQueryKey(townshipCode: string | undefined) {
  return ['dashboard', 'summary', townshipCode ?? ''] as const;
}

/** The dashboard's figures for the user's scope, or for one township of it (9-digit code). */
export function fetchDashboardSummary(townshipCode?: string): Promise<DashboardSummary> {
  const query = townshipCode ? `?townshipCode=${encodeURIComponent(townshipCode)}` : '';
  return api<DashboardSummary>(`/api/dashboard/summary${query}`);
}
