import { Button } from '@kobalte/core/button';
import { A, useNavigate } from '@solidjs/router';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { fieldErrorOf } from '../api/client';
import { useMe } from '../auth/me-context';
import { DataTable, type DataTableColumn, type ListQuery } from '../components/data-table';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { createPeriod, evaluationQueryKey, fetchPeriods, type Period } from './evaluation-api';
import { EvaluationLayout } from './evaluation-layout';

/** The periods as one page of a list, searched by name (the API answers every period of the county). */
async function fetchPeriodPage(query: ListQuery) {
  const all = await fetchPeriods();
  const matching = query.q ? all.filter((period) => period.name.includes(query.q)) : all;
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function CreatePeriodDialog(props: { open: boolean; onOpenChange: (isOpen: boolean) => void }): JSX.Element {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = createSignal('');
  const create = useMutation(() => ({
    mutationFn: () => createPeriod(name()),
    onSuccess: async (period) => {
      showToast({ kind: 'success', title: t('evaluation.periods.created') });
      await queryClient.invalidateQueries({ queryKey: evaluationQueryKey });
      props.onOpenChange(false);
      navigate(`/evaluation/periods/${period.id}`);
    },
  }));
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('evaluation.periods.createTitle')}
      description={t('evaluation.periods.createHint')}
      footer={
        <>
          <Button class="button" onClick={() => props.onOpenChange(false)}>
            {t('evaluation.periods.cancel')}
          </Button>
          <Button
            class="button button--primary"
            type="submit"
            form="create-period-form"
            disabled={create.isPending}
          >
            {t('evaluation.periods.submit')}
          </Button>
        </>
      }
    >
      <form
        id="create-period-form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <TextField
          label={t('evaluation.periods.nameLabel')}
          placeholder={t('evaluation.periods.namePlaceholder')}
          value={name()}
          onChange={setName}
          required
          error={fieldErrorOf(create.error, 'name') ?? create.error?.message}
        />
      </form>
    </Dialog>
  );
}

/** 评估周期: the county's five-goods periods, newest first, and a new period for those who manage them. */
export function PeriodsPage(): JSX.Element {
  const { t, locale } = useI18n();
  const { can } = useMe();
  const [isCreating, setIsCreating] = createSignal(false);
  const columns = (): DataTableColumn<Period>[] => [
    {
      id: 'name',
      header: t('evaluation.periods.name'),
      cell: (period) => <A href={`/evaluation/periods/${period.id}`}>{period.name}</A>,
    },
    {
      id: 'status',
      header: t('evaluation.periods.status'),
      cell: (period) => (
        <span class={`badge evaluation-period-status--${period.status}`}>
          {t(`evaluation.periodStatus.${period.status}`)}
        </span>
      ),
    },
    {
      id: 'openedAt',
      header: t('evaluation.periods.openedAt'),
      cell: (period) => formatDateTime(period.openedAt, locale()) || '—',
      isWideOnly: true,
    },
    {
      id: 'closedAt',
      header: t('evaluation.periods.closedAt'),
      cell: (period) => formatDateTime(period.closedAt, locale()) || '—',
      isWideOnly: true,
    },
  ];
  const createButton = () => (
    <Button class="button button--primary" onClick={() => setIsCreating(true)}>
      {t('evaluation.periods.create')}
    </Button>
  );
  return (
    <EvaluationLayout
      title={t('evaluation.tabs.periods')}
      intro={t('evaluation.periods.intro')}
      actions={<Show when={can('evaluation:manage')}>{createButton()}</Show>}
    >
      <Show when={can('evaluation:manage')}>
        <CreatePeriodDialog open={isCreating()} onOpenChange={setIsCreating} />
      </Show>
      <DataTable<Period>
        caption={t('evaluation.periods.caption')}
        queryKey={[...evaluationQueryKey, 'periods']}
        fetchPage={fetchPeriodPage}
        columns={columns()}
        rowKey={(period) => period.id}
        rowLabel={(period) => period.name}
        emptyTitle={t('evaluation.periods.emptyTitle')}
        emptyHint={t('evaluation.periods.emptyHint')}
      />
    </EvaluationLayout>
  );
}
