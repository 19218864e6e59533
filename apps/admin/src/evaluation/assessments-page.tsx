import { A, useParams } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  type ListQuery,
} from '../components/data-table';
import { useI18n } from '../i18n/i18n';
import {
  type AssessmentListItem,
  assessmentStatuses,
  evaluationQueryKey,
  fetchAssessments,
} from './evaluation-api';
import { PeriodLayout } from './evaluation-layout';
import { StatusBadge } from './status-badge';

/** The villages as one page of a list, searched and filtered here (the API answers the whole scope). */
function pageOf(items: AssessmentListItem[], query: ListQuery) {
  const { township, status } = query.filters;
  const matching = items.filter(
    (item) =>
      (!query.q || item.villageName.includes(query.q)) &&
      (!township || item.townshipName === township) &&
      (!status || item.status === status),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** 各村评估: every village of the user's scope with its assessment's status and score in a period. */
export function AssessmentsPage(): JSX.Element {
  const { t } = useI18n();
  const params = useParams<{ periodId: string }>();
  const all = useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'assessments', params.periodId],
    queryFn: () => fetchAssessments(params.periodId),
  }));
  const filters = (): DataTableFilter[] => [
    {
      param: 'township',
      label: t('evaluation.assessments.township'),
      options: [...new Set((all.data ?? []).map((item) => item.townshipName))].map((name) => ({
        value: name,
        label: name,
      })),
    },
    {
      param: 'status',
      label: t('evaluation.assessments.status'),
      options: assessmentStatuses.map((value) => ({ value, label: t(`evaluation.status.${value}`) })),
    },
  ];
  const columns = (): DataTableColumn<AssessmentListItem>[] => [
    {
      id: 'village',
      header: t('evaluation.assessments.village'),
      cell: (item) => (
        <A href={`/evaluation/periods/${params.periodId}/villages/${item.villageId}`}>{item.villageName}</A>
      ),
    },
    { id: 'township', header: t('evaluation.assessments.township'), cell: (item) => item.townshipName },
    {
      id: 'status',
      header: t('evaluation.assessments.status'),
      cell: (item) => <StatusBadge status={item.status} />,
    },
    {
      id: 'total',
      header: t('evaluation.assessments.total'),
      cell: (item) => <span class="evaluation-number">{item.totalScore ?? '—'}</span>,
      align: 'end',
    },
  ];
  return (
    <PeriodLayout periodId={params.periodId} intro={t('evaluation.assessments.intro')}>
      {() => (
        <DataTable<AssessmentListItem>
          caption={t('evaluation.assessments.caption')}
          queryKey={[...evaluationQueryKey, 'assessments', params.periodId, 'page']}
          fetchPage={async (query) => pageOf(await fetchAssessments(params.periodId), query)}
          columns={columns()}
          rowKey={(item) => item.villageId}
          rowLabel={(item) => item.villageName}
          filters={filters()}
          searchLabel={t('evaluation.assessments.search')}
          emptyTitle={t('evaluation.assessments.emptyTitle')}
          emptyHint={t('evaluation.assessments.emptyHint')}
        />
      )}
    </PeriodLayout>
  );
}
