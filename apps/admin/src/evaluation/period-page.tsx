import { Button } from '@kobalte/core/button';
import { useParams } from '@solidjs/router';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { confirm } from '../components/confirm-dialog';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { evaluationQueryKey, type PeriodDetail, resultsHref, stepPeriod } from './evaluation-api';
import { PeriodLayout } from './evaluation-layout';
import { RubricEditor } from './rubric-editor';

/** Open (draft → open) or close (open → closed) a period after the user confirms. */
function PeriodActions(props: { period: PeriodDetail }): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const queryClient = useQueryClient();
  const step = useMutation(() => ({
    mutationFn: (to: 'open' | 'close') => stepPeriod(props.period.id, to),
    onSuccess: async (_, to) => {
      showToast({
        kind: 'success',
        title: t(to === 'open' ? 'evaluation.period.opened' : 'evaluation.period.closed'),
      });
      await queryClient.invalidateQueries({ queryKey: evaluationQueryKey });
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('evaluation.common.saveFailed'),
        description: error instanceof Error ? error.message : undefined,
      }),
  }));
  const ask = async (to: 'open' | 'close') => {
    const name = props.period.name;
    const isConfirmed = await confirm(
      to === 'open'
        ? {
            title: t('evaluation.period.openTitle', { name }),
            description: t('evaluation.period.openHint'),
            confirmLabel: t('evaluation.period.open'),
          }
        : {
            title: t('evaluation.period.closeTitle', { name }),
            description: t('evaluation.period.closeHint'),
            confirmLabel: t('evaluation.period.close'),
          },
    );
    if (isConfirmed) step.mutate(to);
  };
  return (
    <div class="button-row">
      <Show when={props.period.status !== 'draft'}>
        <a class="button button--quiet" href={resultsHref(props.period.id)} download="">
          {t('evaluation.period.exportResults')}
        </a>
      </Show>
      <Show when={can('evaluation:manage') && props.period.status === 'draft'}>
        <Button class="button button--primary" disabled={step.isPending} onClick={() => void ask('open')}>
          {t('evaluation.period.open')}
        </Button>
      </Show>
      <Show when={can('evaluation:manage') && props.period.status === 'open'}>
        <Button class="button" disabled={step.isPending} onClick={() => void ask('close')}>
          {t('evaluation.period.close')}
        </Button>
      </Show>
    </div>
  );
}

/** A period: its rubric (editable while a draft, for those who manage periods) and opening or closing it. */
export function PeriodPage(): JSX.Element {
  const params = useParams<{ periodId: string }>();
  const { can } = useMe();
  return (
    <PeriodLayout periodId={params.periodId} actions={(period) => <PeriodActions period={period} />}>
      {(period) => (
        <Show when={period.rubric} keyed>
          {(rubric) => (
            <RubricEditor
              periodId={period.id}
              rubric={rubric}
              isEditable={period.status === 'draft' && can('evaluation:manage')}
            />
          )}
        </Show>
      )}
    </PeriodLayout>
  );
}
