import { Button } from '@kobalte/core/button';
import { A, useParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError } from '../api/client';
import { useMe } from '../auth/me-context';
import { confirm } from '../components/confirm-dialog';
import { TextField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import {
  type Assessment,
  type AssessmentStep,
  evaluationQueryKey,
  fetchAssessment,
  fetchVillageHistory,
  type PeriodDetail,
  saveSelfAssessment,
  stepAssessment,
} from './evaluation-api';
import { isScore, percentOfBp } from './evaluation-format';
import { PeriodLayout } from './evaluation-layout';
import { evaluationFieldError } from './evaluation-problems';
import { StatusBadge } from './status-badge';
import { TextArea } from './text-area';

interface DraftItem {
  itemId: string;
  score: string;
  evidence: string;
  comment: string;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const errorText = (error: unknown) => (error instanceof Error ? error.message : undefined);

/** The village's self-assessment: a score, evidence and a comment per item, then save or submit. */
function SelfAssessmentForm(props: { assessment: Assessment; isEditable: boolean }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const a = () => props.assessment;
  const [items, setItems] = createStore<Record<string, DraftItem>>(
    Object.fromEntries(
      a().criteria.flatMap((c) =>
        c.items.map((item) => [
          item.id,
          {
            itemId: item.id,
            score: item.score ?? '',
            evidence: item.evidence.join('\n'),
            comment: item.comment ?? '',
          },
        ]),
      ),
    ),
  );
  const [selfComment, setSelfComment] = createSignal(a().selfComment ?? '');
  const invalid = () => Object.values(items).some((item) => item.score.trim() !== '' && !isScore(item.score));
  const isComplete = () => Object.values(items).every((item) => isScore(item.score));
  const refresh = () => queryClient.invalidateQueries({ queryKey: evaluationQueryKey });
  const save = () =>
    saveSelfAssessment(a().periodId, a().village.id, {
      version: a().version,
      selfComment: selfComment().trim() || null,
      scores: Object.values(items)
        .filter((item) => item.score.trim() !== '')
        .map((item) => ({
          itemId: item.itemId,
          score: item.score.trim(),
          evidence: linesOf(item.evidence),
          comment: item.comment.trim() || null,
        })),
    });
  const saving = useMutation(() => ({
    mutationFn: async (andSubmit: boolean) => {
      await save();
      if (andSubmit) await stepAssessment(a().periodId, a().village.id, 'submit', null);
    },
    onSuccess: async (_, andSubmit) => {
      showToast({
        kind: 'success',
        title: t(andSubmit ? 'evaluation.assessment.submitted' : 'evaluation.common.saved'),
      });
      await refresh();
    },
    onError: async (error: unknown) => {
      if (error instanceof ApiError && error.problem.status === 409) {
        showToast({
          kind: 'error',
          title: t('evaluation.common.conflictTitle'),
          description: t('evaluation.common.conflict'),
        });
        await refresh();
        return;
      }
      showToast({ kind: 'error', title: t('evaluation.common.saveFailed'), description: errorText(error) });
    },
  }));
  const submit = async () => {
    const isConfirmed = await confirm({
      title: t('evaluation.assessment.submitTitle', { village: a().village.name }),
      description: t('evaluation.assessment.submitHint'),
      confirmLabel: t('evaluation.assessment.submit'),
    });
    if (isConfirmed) saving.mutate(true);
  };
  return (
    <form
      class="evaluation-stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid()) saving.mutate(false);
      }}
    >
      <For each={a().criteria}>
        {(c) => (
          <fieldset class="card evaluation-criterion">
            <legend class="card__title">
              {t(`evaluation.criterion.${c.criterion}`)} <span class="muted">{percentOfBp(c.weightBp)}%</span>
            </legend>
            <For each={c.items}>
              {(item) => (
                <div class="evaluation-item">
                  <p class="evaluation-item__title">
                    {item.title} <span class="muted">{percentOfBp(item.weightBp)}%</span>
                  </p>
                  <Show
                    when={props.isEditable}
                    fallback={
                      <div class="evaluation-item__view">
                        <span class="evaluation-number">{item.score ?? '—'}</span>
                        <Show when={item.evidence.length > 0}>
                          <ul class="evaluation-evidence">
                            <For each={item.evidence}>{(line) => <li>{line}</li>}</For>
                          </ul>
                        </Show>
                        <Show when={item.comment}>
                          <p class="muted">{item.comment}</p>
                        </Show>
                      </div>
                    }
                  >
                    <div class="evaluation-item__fields">
                      <TextField
                        class="evaluation-item__score"
                        label={t('evaluation.assessment.scoreOf', { item: item.title })}
                        value={items[item.id]?.score ?? ''}
                        onChange={(value) => setItems(item.id, 'score', value)}
                        error={
                          (items[item.id]?.score ?? '').trim() !== '' && !isScore(items[item.id]?.score ?? '')
                            ? t('evaluation.assessment.invalidScore')
                            : undefined
                        }
                      />
                      <TextArea
                        label={t('evaluation.assessment.evidenceOf', { item: item.title })}
                        description={t('evaluation.assessment.evidenceHint')}
                        value={items[item.id]?.evidence ?? ''}
                        onChange={(value) => setItems(item.id, 'evidence', value)}
                      />
                      <TextArea
                        label={t('evaluation.assessment.commentOf', { item: item.title })}
                        value={items[item.id]?.comment ?? ''}
                        onChange={(value) => setItems(item.id, 'comment', value)}
                      />
                    </div>
                  </Show>
                </div>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <Show
        when={props.isEditable}
        fallback={
          <Show when={a().selfComment}>
            <p>
              <strong>{t('evaluation.assessment.selfComment')}：</strong>
              {a().selfComment}
            </p>
          </Show>
        }
      >
        <TextArea
          label={t('evaluation.assessment.selfComment')}
          value={selfComment()}
          onChange={setSelfComment}
        />
        <div class="button-row">
          <Button type="submit" class="button" disabled={saving.isPending || invalid()}>
            {t('evaluation.assessment.save')}
          </Button>
          <Button
            class="button button--primary"
            disabled={saving.isPending || !isComplete()}
            onClick={() => void submit()}
          >
            {t('evaluation.assessment.submit')}
          </Button>
        </div>
      </Show>
    </form>
  );
}

/** The township's review, and the county's approval or return with a reason, as the user and status allow. */
function DecisionCard(props: {
  assessment: Assessment;
  canReview: boolean;
  canDecide: boolean;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [comment, setComment] = createSignal('');
  const a = () => props.assessment;
  const step = useMutation(() => ({
    mutationFn: (to: AssessmentStep) =>
      stepAssessment(a().periodId, a().village.id, to, comment().trim() || null),
    onSuccess: async (_, to) => {
      const done = {
        review: 'reviewed',
        approve: 'approved',
        return: 'returned',
        submit: 'submitted',
      } as const;
      showToast({ kind: 'success', title: t(`evaluation.assessment.${done[to]}`) });
      setComment('');
      await queryClient.invalidateQueries({ queryKey: evaluationQueryKey });
    },
    onError: (error: unknown) => {
      if (!evaluationFieldError(t, error, 'comment'))
        showToast({ kind: 'error', title: t('evaluation.common.saveFailed'), description: errorText(error) });
    },
  }));
  const approve = async () => {
    const isConfirmed = await confirm({
      title: t('evaluation.assessment.approveTitle', { village: a().village.name }),
      description: t('evaluation.assessment.approveHint'),
      confirmLabel: t('evaluation.assessment.approve'),
    });
    if (isConfirmed) step.mutate('approve');
  };
  return (
    <section class="card evaluation-stack" aria-labelledby="decision-heading">
      <Show when={props.canReview}>
        <h2 id="decision-heading" class="card__title">
          {t('evaluation.assessment.review')}
        </h2>
        <TextArea label={t('evaluation.assessment.reviewComment')} value={comment()} onChange={setComment} />
        <div class="button-row">
          <Button
            class="button button--primary"
            disabled={step.isPending}
            onClick={() => step.mutate('review')}
          >
            {t('evaluation.assessment.review')}
          </Button>
        </div>
      </Show>
      <Show when={props.canDecide}>
        <h2 id="decision-heading" class="card__title">
          {t('evaluation.assessment.approve')}
        </h2>
        <TextArea
          label={t('evaluation.assessment.returnReason')}
          description={t('evaluation.assessment.returnReasonHint')}
          value={comment()}
          onChange={setComment}
          error={evaluationFieldError(t, step.error, 'comment')}
        />
        <div class="button-row">
          <Button class="button button--primary" disabled={step.isPending} onClick={() => void approve()}>
            {t('evaluation.assessment.approve')}
          </Button>
          <Button
            class="button button--danger"
            disabled={step.isPending}
            onClick={() => step.mutate('return')}
          >
            {t('evaluation.assessment.return')}
          </Button>
        </div>
      </Show>
    </section>
  );
}

/** The assessment's steps, oldest first: who did what, when, with the remark or reason. */
function StepHistory(props: { history: Assessment['history'] }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading" class="card__title">
        {t('evaluation.assessment.historyHeading')}
      </h2>
      <Show
        when={props.history.length > 0}
        fallback={<p class="muted">{t('evaluation.assessment.historyEmpty')}</p>}
      >
        <ol class="evaluation-history">
          <For each={props.history}>
            {(entry) => (
              <li>
                <time datetime={entry.at}>{formatDateTime(entry.at, locale())}</time>{' '}
                {t('evaluation.assessment.historyEntry', {
                  actor: entry.actorName ?? t('evaluation.assessment.systemActor'),
                  action: t(`evaluation.assessment.action.${entry.action}`),
                })}
                <Show when={entry.comment}>
                  <span class="muted">：{entry.comment}</span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}

/** The village's assessments in every period, with links to each. */
function VillageHistory(props: { villageId: string }): JSX.Element {
  const { t } = useI18n();
  const history = useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'village-history', props.villageId],
    queryFn: () => fetchVillageHistory(props.villageId),
  }));
  return (
    <section class="card" aria-labelledby="village-history-heading">
      <h2 id="village-history-heading" class="card__title">
        {t('evaluation.assessment.villageHistoryHeading')}
      </h2>
      <Show when={history.data} fallback={<Loading />}>
        {(rows) => (
          <Show
            when={rows().length > 0}
            fallback={<p class="muted">{t('evaluation.assessment.villageHistoryEmpty')}</p>}
          >
            <table class="table">
              <caption class="visually-hidden">{t('evaluation.assessment.villageHistoryHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.assessment.period')}</th>
                  <th scope="col">{t('evaluation.assessments.status')}</th>
                  <th scope="col" class="table__cell--end">
                    {t('evaluation.assessments.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(row) => (
                    <tr>
                      <td>
                        <A href={`/evaluation/periods/${row.periodId}/villages/${props.villageId}`}>
                          {row.periodName}
                        </A>
                      </td>
                      <td>
                        <StatusBadge status={row.status} />
                      </td>
                      <td class="table__cell--end evaluation-number">{row.totalScore ?? '—'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </section>
  );
}

function AssessmentView(props: { period: PeriodDetail; assessment: Assessment }): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const a = () => props.assessment;
  const isOpen = () => props.period.status === 'open';
  const isEditable = () =>
    isOpen() && can('evaluation:score') && ['not-started', 'draft', 'returned'].includes(a().status);
  const canReview = () => isOpen() && can('evaluation:review') && a().status === 'submitted';
  const canDecide = () => isOpen() && can('evaluation:approve') && a().status === 'reviewed';
  return (
    <div class="evaluation-stack">
      <div class="evaluation-summary">
        <h2 class="evaluation-summary__village">{a().village.name}</h2>
        <StatusBadge status={a().status} />
        <span class="muted">
          {t('evaluation.assessment.township', { township: a().village.townshipName })}
        </span>
        <span>
          {t('evaluation.assessment.total')}：
          <strong class="evaluation-number" data-testid="assessment-total">
            {a().totalScore ?? t('evaluation.assessment.noScore')}
          </strong>
        </span>
      </div>
      <Show when={a().status === 'returned' && a().returnReason}>
        <p class="evaluation-note" role="note">
          {t('evaluation.assessment.returnedBecause', { reason: a().returnReason ?? '' })}
        </p>
      </Show>
      <Show when={a().reviewComment}>
        <p class="muted">{t('evaluation.assessment.reviewedWith', { comment: a().reviewComment ?? '' })}</p>
      </Show>
      <Show when={!isOpen()}>
        <p class="muted">{t('evaluation.assessment.notOpen')}</p>
      </Show>
      <Show when={canReview() || canDecide()}>
        <DecisionCard assessment={a()} canReview={canReview()} canDecide={canDecide()} />
      </Show>
      <Show when={`${a().status}:${isEditable()}:${a().version}`} keyed>
        {(_key) => <SelfAssessmentForm assessment={a()} isEditable={isEditable()} />}
      </Show>
      <div class="evaluation-columns">
        <StepHistory history={a().history} />
        <VillageHistory villageId={a().village.id} />
      </div>
    </div>
  );
}

/**
 * A village's assessment in a period: the village scores each item with evidence and submits, the township
 * reviews, the county approves or returns with a reason; only the actions the user's role and the status allow
 * are shown. Below: the steps so far and the village's results across periods.
 */
export function AssessmentPage(): JSX.Element {
  const params = useParams<{ periodId: string; villageId: string }>();
  const assessment = useQuery(() => ({
    queryKey: [...evaluationQueryKey, 'assessment', params.periodId, params.villageId],
    queryFn: () => fetchAssessment(params.periodId, params.villageId),
  }));
  return (
    <PeriodLayout periodId={params.periodId}>
      {(period) => (
        <Show
          when={assessment.data}
          fallback={
            <Show when={assessment.error} fallback={<Loading />}>
              <ErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />
            </Show>
          }
        >
          {(a) => <AssessmentView period={period} assessment={a()} />}
        </Show>
      )}
    </PeriodLayout>
  );
}
