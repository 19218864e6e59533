import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import { For, type JSX, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { TextField } from '../components/form-field';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { type Criterion, evaluationQueryKey, type RubricCriterion, saveRubric } from './evaluation-api';
import { bpOfPercent, percentOfBp } from './evaluation-format';

interface DraftCriterion {
  criterion: Criterion;
  weight: string;
  items: { title: string; weight: string }[];
}

const FULL = 10_000;

function sumOf(weights: string[]): number | undefined {
  let sum = 0;
  for (const weight of weights) {
    const bp = bpOfPercent(weight);
    if (bp === undefined) return undefined;
    sum += bp;
  }
  return sum;
}

/** A rubric shown read-only: each criterion with its weight and its items with theirs. */
function RubricTable(props: { rubric: RubricCriterion[] }): JSX.Element {
  const { t } = useI18n();
  return (
    <div class="table-scroll">
      <table class="table">
        <caption class="visually-hidden">{t('evaluation.rubric.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.rubric.itemTitle')}</th>
            <th scope="col" class="table__cell--end">
              {t('evaluation.rubric.weight')}
            </th>
          </tr>
        </thead>
        <For each={props.rubric}>
          {(c) => (
            <tbody>
              <tr class="evaluation-rubric__criterion">
                <th scope="rowgroup">{t(`evaluation.criterion.${c.criterion}`)}</th>
                <td class="table__cell--end">{percentOfBp(c.weightBp)}%</td>
              </tr>
              <For each={c.items}>
                {(item) => (
                  <tr>
                    <td class="evaluation-rubric__item">{item.title}</td>
                    <td class="table__cell--end">{percentOfBp(item.weightBp)}%</td>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
    </div>
  );
}

/**
 * A period's rubric: editable while the period is a draft (the five criteria's weights, each criterion's items
 * and their weights, with the totals shown as typed; saving needs both levels at exactly 100%), read-only
 * once the period has opened.
 */
export function RubricEditor(props: {
  periodId: string;
  rubric: RubricCriterion[];
  isEditable: boolean;
}): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = createStore<DraftCriterion[]>(
    props.rubric.map((c) => ({
      criterion: c.criterion,
      weight: percentOfBp(c.weightBp),
      items: c.items.map((item) => ({ title: item.title, weight: percentOfBp(item.weightBp) })),
    })),
  );
  const total = () => sumOf(draft.map((c) => c.weight));
  const itemsTotal = (c: DraftCriterion) => sumOf(c.items.map((item) => item.weight));
  const isValid = () =>
    total() === FULL &&
    draft.every((c) => itemsTotal(c) === FULL && c.items.every((item) => item.title.trim() !== ''));
  const save = useMutation(() => ({
    mutationFn: () =>
      saveRubric(
        props.periodId,
        draft.map((c) => ({
          criterion: c.criterion,
          weightBp: bpOfPercent(c.weight) ?? 0,
          items: c.items.map((item) => ({
            title: item.title.trim(),
            weightBp: bpOfPercent(item.weight) ?? 0,
          })),
        })),
      ),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('evaluation.common.saved') });
      await queryClient.invalidateQueries({ queryKey: [...evaluationQueryKey, 'period', props.periodId] });
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('evaluation.common.saveFailed'),
        description: error instanceof Error ? error.message : undefined,
      }),
  }));
  const percentError = (text: string) =>
    bpOfPercent(text) === undefined ? t('evaluation.rubric.invalidPercent') : undefined;
  const totalText = (bp: number | undefined) => (bp === undefined ? '—' : percentOfBp(bp));

  return (
    <section class="card" aria-labelledby="rubric-heading">
      <h2 id="rubric-heading" class="card__title">
        {t('evaluation.rubric.heading')}
      </h2>
      <Show when={props.isEditable} fallback={<p class="card__hint">{t('evaluation.rubric.frozen')}</p>}>
        <p class="card__hint">{t('evaluation.rubric.editable')}</p>
      </Show>
      <Show when={props.isEditable} fallback={<RubricTable rubric={props.rubric} />}>
        <form
          class="evaluation-rubric"
          onSubmit={(event) => {
            event.preventDefault();
            if (isValid()) save.mutate();
          }}
        >
          <For each={draft}>
            {(c, ci) => {
              const name = () => t(`evaluation.criterion.${c.criterion}`);
              return (
                <fieldset class="evaluation-rubric__group">
                  <legend>{name()}</legend>
                  <TextField
                    class="evaluation-rubric__weight"
                    label={t('evaluation.rubric.criterionWeight', { criterion: name() })}
                    value={c.weight}
                    onChange={(value) => setDraft(ci(), 'weight', value)}
                    error={percentError(c.weight)}
                  />
                  <For each={c.items}>
                    {(item, ii) => (
                      <div class="evaluation-rubric__item-row">
                        <TextField
                          label={t('evaluation.rubric.itemTitleLabel', { criterion: name(), n: ii() + 1 })}
                          value={item.title}
                          onChange={(value) => setDraft(ci(), 'items', ii(), 'title', value)}
                        />
                        <TextField
                          class="evaluation-rubric__weight"
                          label={t('evaluation.rubric.itemWeightLabel', { criterion: name(), n: ii() + 1 })}
                          value={item.weight}
                          onChange={(value) => setDraft(ci(), 'items', ii(), 'weight', value)}
                          error={percentError(item.weight)}
                        />
                        <Button
                          class="button button--small button--quiet"
                          disabled={c.items.length === 1}
                          onClick={() =>
                            setDraft(
                              ci(),
                              'items',
                              produce((items) => items.splice(ii(), 1)),
                            )
                          }
                        >
                          {t('evaluation.rubric.removeItem')}
                        </Button>
                      </div>
                    )}
                  </For>
                  <div class="evaluation-rubric__foot">
                    <Button
                      class="button button--small"
                      onClick={() => setDraft(ci(), 'items', c.items.length, { title: '', weight: '0' })}
                    >
                      {t('evaluation.rubric.addItem')}
                    </Button>
                    <span role="status" classList={{ 'evaluation-invalid': itemsTotal(c) !== FULL }}>
                      {t('evaluation.rubric.itemsTotal', { percent: totalText(itemsTotal(c)) })}
                      <Show when={itemsTotal(c) !== FULL}> · {t('evaluation.rubric.notFull')}</Show>
                    </span>
                  </div>
                </fieldset>
              );
            }}
          </For>
          <div class="evaluation-rubric__foot">
            <strong role="status" classList={{ 'evaluation-invalid': total() !== FULL }}>
              {t('evaluation.rubric.total', { percent: totalText(total()) })}
              <Show when={total() !== FULL}> · {t('evaluation.rubric.notFull')}</Show>
            </strong>
            <Button type="submit" class="button button--primary" disabled={!isValid() || save.isPending}>
              {t('evaluation.rubric.save')}
            </Button>
          </div>
        </form>
      </Show>
    </section>
  );
}
