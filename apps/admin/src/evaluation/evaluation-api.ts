import { api } from '../api/client';

/** The query cache key of everything the evaluation pages load. */
export const evaluationQueryKey = ['evaluation'] as const;

/** The five criteria (五个好), in the rubric's order. */
export const criteria = ['leadership', 'cadres', 'mechanism', 'performance', 'feedback'] as const;
/** One of the five criteria. */
export type Criterion = (typeof criteria)[number];

/** Where a period stands. */
export type PeriodStatus = 'draft' | 'open' | 'closed';
/** Where a village's assessment stands. */
export const assessmentStatuses = [
  'not-started',
  'draft',
  'submitted',
  'reviewed',
  'approved',
  'returned',
] as const;
/** One status of an assessment. */
export type AssessmentStatus = (typeof assessmentStatuses)[number];
/** A step of the workflow. */
export type AssessmentStep = 'submit' | 'review' | 'approve' | 'return';

/** An evaluation period (GET /api/evaluation/periods). */
export interface Period {
  id: string;
  name: string;
  status: PeriodStatus;
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

/** A criterion of a rubric, weights in basis points (1/10000). */
export interface RubricCriterion {
  criterion: Criterion;
  weightBp: number;
  items: { id: string; title: string; weightBp: number }[];
}

/** A period with its rubric. */
export interface PeriodDetail extends Period {
  rubric: RubricCriterion[];
}

/** A village of the scope with its assessment's status in a period. */
export interface AssessmentListItem {
  villageId: string;
  villageName: string;
  townshipName: string;
  status: AssessmentStatus;
  totalScore: string | null;
}

/** A village's assessment: the rubric with its scores, evidence and comments, and its history. */
export interface Assessment {
  periodId: string;
  village: { id: string; name: string; code: string; townshipName: string };
  status: AssessmentStatus;
  totalScore: string | null;
  /** Sent back with a save (0 before the first save); a stale one is refused with 409. */
  version: number;
  selfComment: string | null;
  reviewComment: string | null;
  returnReason: string | null;
  criteria: (Omit<RubricCriterion, 'items'> & {
    items: {
      id: string;
      title: string;
      weightBp: number;
      score: string | null;
      evidence: string[];
      comment: string | null;
    }[];
  })[];
  history: {
    action: 'scored' | 'submitted' | 'reviewed' | 'approved' | 'returned';
    actorName: string | null;
    at: string;
    comment: string | null;
  }[];
}

/** A row of a period's ranking. */
export interface RankingRow {
  villageId: string;
  villageName: string;
  townshipId: string;
  townshipName: string;
  totalScore: string;
  countyRank: number;
  townshipRank: number;
}

/** A village's assessment in one period of its history. */
export interface HistoryRow {
  periodId: string;
  periodName: string;
  periodStatus: PeriodStatus;
  status: Exclude<AssessmentStatus, 'not-started'>;
  totalScore: string | null;
}

/** A period's results for the printable report. */
export interface PeriodReport {
  period: Period;
  rubric: RubricCriterion[];
  villages: {
    villageId: string;
    villageName: string;
    villageCode: string;
    townshipId: string;
    townshipName: string;
    status: Exclude<AssessmentStatus, 'not-started'>;
    totalScore: string | null;
    countyRank: number | null;
    townshipRank: number | null;
    criteria: { criterion: Criterion; score: string | null }[];
  }[];
}

/** One item's self-assessment as sent. */
export interface ItemScore {
  itemId: string;
  score: string;
  evidence: string[];
  comment: string | null;
}

/** The county's periods, newest first. */
export function fetchPeriods(): Promise<Period[]> {
  return api<Period[]>('/api/evaluation/periods');
}

/** A period with its rubric. */
export function fetchPeriod(periodId: string): Promise<PeriodDetail> {
  return api<PeriodDetail>(`/api/evaluation/periods/${periodId}`);
}

/** Drafts a period with the default rubric. */
export function createPeriod(name: string): Promise<PeriodDetail> {
  return api<PeriodDetail>('/api/evaluation/periods', { method: 'POST', body: { name } });
}

/** Replaces a drafted period's rubric (item ids are given anew). */
export function saveRubric(
  periodId: string,
  rubric: { criterion: Criterion; weightBp: number; items: { title: string; weightBp: number }[] }[],
): Promise<RubricCriterion[]> {
  return api<RubricCriterion[]>(`/api/evaluation/periods/${periodId}/rubric`, {
    method: 'PUT',
    body: { criteria: rubric },
  });
}

/** Opens a drafted period (freezing its rubric) or closes an open one. */
export function stepPeriod(periodId: string, step: 'open' | 'close'): Promise<Period> {
  return api<Period>(`/api/evaluation/periods/${periodId}/${step}`, { method: 'POST' });
}

/** The villages of the scope with their assessment's status in a period. */
export async function fetchAssessments(periodId: string): Promise<AssessmentListItem[]> {
  return (await api<{ items: AssessmentListItem[] }>(`/api/evaluation/periods/${periodId}/assessments`))
    .items;
}

/** Approved villages ranked within the county and their township. */
export async function fetchRanking(periodId: string): Promise<RankingRow[]> {
  return (await api<{ items: RankingRow[] }>(`/api/evaluation/periods/${periodId}/ranking`)).items;
}

/** A period's results for the printable report. */
export function fetchReport(periodId: string): Promise<PeriodReport> {
  return api<PeriodReport>(`/api/evaluation/periods/${periodId}/report`);
}

/** Where the period's results download as .xlsx. */
export function resultsHref(periodId: string): string {
  return `/api/evaluation/periods/${periodId}/results.xlsx`;
}

/** A village's assessment in a period. */
export function fetchAssessment(periodId: string, villageId: string): Promise<Assessment> {
  return api<Assessment>(`/api/evaluation/periods/${periodId}/villages/${villageId}`);
}

/** Saves the village's self-assessment. */
export function saveSelfAssessment(
  periodId: string,
  villageId: string,
  body: { version: number; scores: ItemScore[]; selfComment: string | null },
): Promise<Assessment> {
  return api<Assessment>(`/api/evaluation/periods/${periodId}/villages/${villageId}`, {
    method: 'PUT',
    body,
  });
}

/** Moves an assessment one step on; `comment` is a review's remark or a return's reason. */
export function stepAssessment(
  periodId: string,
  villageId: string,
  step: AssessmentStep,
  comment: string | null,
): Promise<{ status: AssessmentStatus }> {
  return api(`/api/evaluation/periods/${periodId}/villages/${villageId}/${step}`, {
    method: 'POST',
    body: { comment },
  });
}

/** A village's assessments across periods. */
export async function fetchVillageHistory(villageId: string): Promise<HistoryRow[]> {
  return (await api<{ items: HistoryRow[] }>(`/api/evaluation/villages/${villageId}/history`)).items;
}

/** The allocations of the scope with per-village and total sums (GET /api/funding/allocations). */
export interface AllocationReport {
  funding: {
    id: string;
    villageId: string;
    villageName: string;
    townshipName: string;
    amountYuan: string;
    amountFen: number;
    purpose: string;
    source: string | null;
    allocatedOn: string;
    approver: string;
  }[];
  equipment: {
    id: string;
    villageId: string;
    villageName: string;
    item: string;
    quantity: number;
    sentOn: string;
    note: string | null;
  }[];
  villageTotals: {
    villageId: string;
    villageName: string;
    fundingFen: number;
    fundingYuan: string;
    equipmentQuantity: number;
  }[];
  totalFen: number;
  totalYuan: string;
  totalEquipmentQuantity: number;
}

/** The allocations of the scope. */
export function fetchAllocations(): Promise<AllocationReport> {
  return api<AllocationReport>('/api/funding/allocations');
}

/** Where the allocations download as .xlsx. */
export const allocationsHref = '/api/funding/allocations.xlsx';

/** Records money allocated to a village; the amount is yuan as typed (the server counts it in fen). */
export function recordFunding(body: {
  villageId: string;
  amountYuan: string;
  purpose: string;
  source: string | null;
  allocatedOn: string;
  approver: string;
}): Promise<{ id: string }> {
  return api('/api/funding/allocations', { method: 'POST', body });
}

/** Records equipment sent to a village. */
export function recordEquipment(body: {
  villageId: string;
  item: string;
  quantity: number;
  sentOn: string;
  note: string | null;
}): Promise<{ id: string }> {
  return api('/api/funding/equipment', { method: 'POST', body });
}
