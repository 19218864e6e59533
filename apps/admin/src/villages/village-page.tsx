import { Button } from '@kobalte/core/button';
import { A, useParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createEffect, createSignal, type JSX, Match, on, Show, Switch } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import { SelectField } from '../components/form-field';
import { ErrorState, Loading } from '../components/states';
import { showToast } from '../components/toast';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { VillagePlugins } from '../plugins/village-plugins/village-plugins';
import { VillageHistory } from './village-history';
import { VillageTypeBadge } from './village-type-badge';
import { isVillageType, villageTypeKey, villageTypesOrNone } from './village-types';
import {
  fetchVillage,
  townshipsQueryKey,
  updateVillageType,
  type Village,
  villagesQueryKey,
} from './villages-api';
import './villages.css';

function VillageFacts(props: { village: Village }): JSX.Element {
  const { t, locale } = useI18n();
  return (
    <section class="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" class="card__title">
        {t('villages.page.facts')}
      </h2>
      <dl class="facts">
        <div class="facts__item">
          <dt>{t('villages.page.code')}</dt>
          <dd class="mono">{props.village.code}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('villages.page.township')}</dt>
          <dd>{props.village.townshipName}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('villages.page.type')}</dt>
          <dd>
            <VillageTypeBadge type={props.village.type} />
          </dd>
        </div>
        <div class="facts__item">
          <dt>{t('villages.page.status')}</dt>
          <dd>{props.village.isRetired ? t('villages.page.retired') : t('villages.page.active')}</dd>
        </div>
        <Show when={props.village.createdAt}>
          {(at) => (
            <div class="facts__item">
              <dt>{t('villages.page.createdAt')}</dt>
              <dd>{formatDateTime(at(), locale())}</dd>
            </div>
          )}
        </Show>
        <Show when={props.village.updatedAt}>
          {(at) => (
            <div class="facts__item">
              <dt>{t('villages.page.updatedAt')}</dt>
              <dd>{formatDateTime(at(), locale())}</dd>
            </div>
          )}
        </Show>
      </dl>
    </section>
  );
}

function VillageTypeEditor(props: { village: Village }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [type, setType] = createSignal<string>(props.village.type ?? 'none');
  createEffect(
    on(
      () => props.village.type,
      (current) => setType(current ?? 'none'),
      { defer: true },
    ),
  );
  const chosen = () => {
    const value = type();
    return isVillageType(value) ? value : null;
  };

  const save = useMutation(() => ({
    mutationFn: () => updateVillageType(props.village.id, chosen()),
    onSuccess: () => showToast({ kind: 'success', title: t('villages.page.saved') }),
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('villages.page.saveFailed'),
        description: error instanceof Error ? error.message : undefined,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: villagesQueryKey }),
        queryClient.invalidateQueries({ queryKey: townshipsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  }));

  return (
    <section class="card" aria-labelledby="type-heading">
      <h2 id="type-heading" class="card__title">
        {t('villages.page.typeHeading')}
      </h2>
      <p class="card__hint">{t('villages.page.typeHint')}</p>
      <form
        class="type-editor"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <SelectField
          class="type-editor__select"
          label={t('villages.page.type')}
          options={villageTypesOrNone.map((value) => ({ value, label: t(villageTypeKey(value)) }))}
          value={type()}
          onChange={setType}
        />
        <Button
          type="submit"
          class="button button--primary"
          disabled={save.isPending || chosen() === props.village.type}
        >
          {save.isPending ? t('villages.page.saving') : t('villages.page.save')}
        </Button>
      </form>
    </section>
  );
}

/** One village: its details, its type (editable by those allowed) and its change history. */
export function VillagePage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const params = useParams<{ id: string }>();
  const village = useQuery(() => ({
    queryKey: [...villagesQueryKey, 'one', params.id],
    queryFn: () => fetchVillage(params.id),
  }));

  return (
    <RequirePermission permission="villages:read">
      <A href="/villages" class="back-link">
        ← {t('villages.page.back')}
      </A>
      <Switch>
        <Match when={village.isPending}>
          <Loading label={t('villages.page.loading')} />
        </Match>
        <Match when={village.isError}>
          <ErrorState error={village.error} onRetry={() => void village.refetch()} />
        </Match>
        <Match when={village.data}>
          {(data) => (
            <>
              <h1 class="page-title village-title">
                {data().name}
                <VillageTypeBadge type={data().type} />
              </h1>
              <div class="stack">
                <VillageFacts village={data()} />
                <Show
                  when={can('villages:update')}
                  fallback={<p class="muted">{t('villages.page.readOnly')}</p>}
                >
                  <VillageTypeEditor village={data()} />
                </Show>
                <VillagePlugins villageId={data().id} />
                <Show when={can('audit:read')}>
                  <VillageHistory villageId={data().id} />
                </Show>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </RequirePermission>
  );
}
