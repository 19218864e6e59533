import { Navigate, type RouteDefinition } from '@solidjs/router';
import { lazyPage } from '../shell/lazy-page';

const PeriodsPage = lazyPage(() => import('./periods-page').then((m) => m.PeriodsPage));
const PeriodPage = lazyPage(() => import('./period-page').then((m) => m.PeriodPage));
const AssessmentsPage = lazyPage(() => import('./assessments-page').then((m) => m.AssessmentsPage));
const AssessmentPage = lazyPage(() => import('./assessment-page').then((m) => m.AssessmentPage));
const RankingPage = lazyPage(() => import('./ranking-page').then((m) => m.RankingPage));
const ReportPage = lazyPage(() => import('./report-page').then((m) => m.ReportPage));
const FundingPage = lazyPage(() => import('./funding-page').then((m) => m.FundingPage));

/** The five-goods evaluation pages (五个好评估, 资金与设备), each its own chunk; `/evaluation` opens the periods. */
export const evaluationRoutes: RouteDefinition<string>[] = [
  { path: '/evaluation', component: () => Navigate({ href: '/evaluation/periods' }) },
  { path: '/evaluation/periods', component: PeriodsPage },
  { path: '/evaluation/periods/:periodId', component: PeriodPage },
  { path: '/evaluation/periods/:periodId/assessments', component: AssessmentsPage },
  { path: '/evaluation/periods/:periodId/ranking', component: RankingPage },
  { path: '/evaluation/periods/:periodId/report', component: ReportPage },
  { path: '/evaluation/periods/:periodId/villages/:villageId', component: AssessmentPage },
  { path: '/evaluation/funding', component: FundingPage },
];
