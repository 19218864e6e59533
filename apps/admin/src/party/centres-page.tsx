import { Button } from '@kobalte/core/button';
import { useSearchParams } from '@solidjs/router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError } from '../api/client';
import { useMe } from '../auth/me-context';
import { confirm } from '../components/confirm-dialog';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  type ListQuery,
} from '../components/data-table';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { fetchTownships, townshipsQueryKey } from '../villages/villages-api';
import { CentreDialog } from './centre-dialog';
import { type Centre, centreKinds, centresQueryKey, deleteCentre, fetchCentres } from './centres-api';
import { errorMessage } from './party-format';
import { PartyLayout } from './party-layout';
import { VillagePicker } from './village-picker';

function CentreActions(props: { centre: Centre; onEdit: (centre: Centre) => void }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation(() => ({
    mutationFn: () => deleteCentre(props.centre),
    onSuccess: async () => {
      showToast({ kind: 'success', title: t('party.centres.deleted') });
      await queryClient.invalidateQueries({ queryKey: centresQueryKey });
    },
    onError: (error: unknown) =>
      showToast({
        kind: 'error',
        title: t('party.centres.deleteFailed'),
        description:
          error instanceof ApiError && error.status === 409 ? t('party.centres.stale') : errorMessage(error),
      }),
  }));
  const askToDelete = async () => {
    const isConfirmed = await confirm({
      title: t('party.centres.deleteTitle', { name: props.centre.name }),
      description: t('party.centres.deleteDescription', { count: props.centre.activityCount }),
      confirmLabel: t('party.centres.delete'),
    });
    if (isConfirmed) remove.mutate();
  };
  return (
    <span class="party-actions">
      <Button
        class="button button--small button--quiet"
        aria-label={t('party.centres.editNamed', { name: props.centre.name })}
        onClick={() => props.onEdit(props.centre)}
      >
        {t('party.centres.edit')}
      </Button>
      <Button
        class="button button--small button--quiet"
        aria-label={t('party.centres.deleteNamed', { name: props.centre.name })}
        disabled={remove.isPending}
        onClick={() => void askToDelete()}
      >
        {t('party.centres.delete')}
      </Button>
    </span>
  );
}

/**
 * The three centres (三大中心) of the user's villages and townships: which of the three each is, the services
 * gathered in it, where and when it opens, who is in charge and its party activities; filtered by township,
 * village and kind, a page at a time, with setting up, editing and deleting (after a confirmation) for those
 * allowed to. A village's user also sees its township's centres, without changing them.
 */
export function CentresPage(): JSX.Element {
  const { t } = useI18n();
  const { me, can } = useMe();
  const [params, setParams] = useSearchParams<{ villageId?: string; villageName?: string }>();
  const [isNewOpen, setIsNewOpen] = createSignal(false);
  const [editing, setEditing] = createSignal<Centre>();
  const isCountyUser = () => !me().scope.township && !me().scope.village;
  const townships = useQuery(() => ({
    queryKey: townshipsQueryKey,
    queryFn: fetchTownships,
    enabled: isCountyUser(),
  }));
  const canChange = (centre: Centre) =>
    can('party:manage') && !(me().scope.village && centre.level === 'township');
  const fetchPage = (query: ListQuery) =>
    fetchCentres({
      ...query,
      filters: { ...query.filters, ...(params.villageId ? { villageId: params.villageId } : {}) },
    });
  const filters = (): DataTableFilter[] => [
    ...(isCountyUser()
      ? [
          {
            param: 'townshipId',
            label: t('party.centres.township'),
            options: (townships.data ?? []).map((township) => ({ value: township.id, label: township.name })),
          },
        ]
      : []),
    {
      param: 'kind',
      label: t('party.centres.kind'),
      options: centreKinds.map((value) => ({ value, label: t(`party.centres.kindName.${value}`) })),
    },
  ];
  const columns = (): DataTableColumn<Centre>[] => [
    {
      id: 'name',
      header: t('party.centres.name'),
      cell: (c) => (
        <span class="party-cell-lines">
          <span>{c.name}</span>
          <span class="muted">{t(`party.centres.kindName.${c.kind}`)}</span>
        </span>
      ),
    },
    {
      id: 'place',
      header: t('party.centres.place'),
      cell: (c) => (
        <span class="party-cell-lines">
          <span>{c.villageName ?? c.townshipName}</span>
          <span class="muted">
            {c.villageName ? `${c.townshipName} · ` : ''}
            {t(`party.centres.level.${c.level}`)}
          </span>
        </span>
      ),
    },
    {
      id: 'services',
      header: t('party.centres.services'),
      cell: (c) => (
        <Show
          when={c.services.length > 0}
          fallback={<span class="muted">{t('party.centres.noServices')}</span>}
        >
          {c.services
            .map((service) => t(`party.centres.service.${service}`))
            .join(t('party.centres.listSeparator'))}
        </Show>
      ),
    },
    {
      id: 'openingHours',
      header: t('party.centres.hoursAndAddress'),
      cell: (c) => (
        <span class="party-cell-lines">
          <span>{c.openingHours ?? '—'}</span>
          <Show when={c.address}>{(address) => <span class="muted">{address()}</span>}</Show>
        </span>
      ),
    },
    { id: 'personInCharge', header: t('party.centres.personInCharge'), cell: (c) => c.personInCharge ?? '—' },
    {
      id: 'activityCount',
      header: t('party.centres.activityCount'),
      cell: (c) => c.activityCount,
      align: 'end',
    },
    ...(can('party:manage')
      ? [
          {
            id: 'actions',
            header: t('party.centres.actions'),
            cell: (c: Centre) => (
              <Show when={canChange(c)}>
                <CentreActions centre={c} onEdit={setEditing} />
              </Show>
            ),
            align: 'end' as const,
          },
        ]
      : []),
  ];
  return (
    <PartyLayout
      title={t('party.tabs.centres')}
      intro={t('party.centres.intro')}
      actions={
        <Show when={can('party:manage')}>
          <Button class="button button--primary" onClick={() => setIsNewOpen(true)}>
            {t('party.centres.add')}
          </Button>
          <Show when={isNewOpen()}>
            <CentreDialog open={true} onOpenChange={setIsNewOpen} />
          </Show>
        </Show>
      }
    >
      <div class="party-stack">
        <Show when={!me().scope.village}>
          <VillagePicker
            class="party-filter"
            label={t('party.centres.village')}
            value={
              params.villageId ? { value: params.villageId, label: params.villageName ?? '' } : undefined
            }
            onChange={(option) =>
              setParams({ villageId: option?.value, villageName: option?.label, page: undefined })
            }
          />
        </Show>
        <DataTable<Centre>
          caption={t('party.centres.caption')}
          queryKey={[...centresQueryKey, params.villageId ?? '']}
          fetchPage={fetchPage}
          columns={columns()}
          rowKey={(c) => c.id}
          filters={filters()}
          hasSearch={false}
          isStackedOnNarrow
          emptyTitle={t('party.centres.emptyTitle')}
          emptyHint={t('party.centres.emptyHint')}
        />
      </div>
      <Show when={editing()}>
        {(centre) => (
          <CentreDialog
            centre={centre()}
            open={true}
            onOpenChange={(open) => !open && setEditing(undefined)}
          />
        )}
      </Show>
    </PartyLayout>
  );
}
