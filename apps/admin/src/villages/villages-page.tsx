import { Button } from '@kobalte/core/button';
import { A } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { createSignal, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import { DataTable, type DataTableColumn, type DataTableFilter } from '../components/data-table';
import { useI18n } from '../i18n/i18n';
import { ImportTypesDialog } from './import-types-dialog';
import { SetTypeMenu } from './set-type-menu';
import { TownshipTree } from './township-tree';
import { VillageTypeBadge } from './village-type-badge';
import { villageTypeKey, villageTypesOrNone } from './village-types';
import {
  fetchTownships,
  fetchVillages,
  townshipsQueryKey,
  type VillageListItem,
  villagesQueryKey,
} from './villages-api';
import './villages.css';

function VillageList(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const townships = useQuery(() => ({ queryKey: townshipsQueryKey, queryFn: fetchTownships }));

  const filters = (): DataTableFilter[] => [
    {
      param: 'townshipCode',
      label: t('villages.list.township'),
      options: (townships.data ?? []).map((township) => ({ value: township.code, label: township.name })),
    },
    {
      param: 'type',
      label: t('villages.list.type'),
      options: villageTypesOrNone.map((type) => ({ value: type, label: t(villageTypeKey(type)) })),
    },
  ];

  const columns = (): DataTableColumn<VillageListItem>[] => [
    {
      id: 'name',
      header: t('villages.list.name'),
      cell: (village) => (
        <span class="village-name">
          <A href={`/villages/${village.id}`}>{village.name}</A>
          <span class="mono muted narrow-only">{village.code}</span>
          <Show when={village.isRetired}>
            <span class="badge badge--muted">{t('villages.list.retired')}</span>
          </Show>
        </span>
      ),
    },
    {
      id: 'code',
      header: t('villages.list.code'),
      cell: (village) => <span class="mono">{village.code}</span>,
      isWideOnly: true,
    },
    { id: 'township', header: t('villages.list.township'), cell: (village) => village.townshipName },
    {
      id: 'type',
      header: t('villages.list.type'),
      cell: (village) => <VillageTypeBadge type={village.type} />,
    },
  ];

  return (
    <DataTable<VillageListItem>
      caption={t('villages.list.caption')}
      queryKey={villagesQueryKey}
      fetchPage={fetchVillages}
      columns={columns()}
      rowKey={(village) => village.id}
      rowLabel={(village) => village.name}
      filters={filters()}
      searchLabel={t('villages.list.search')}
      searchPlaceholder={t('villages.list.searchPlaceholder')}
      bulkActions={can('villages:update') ? (selection) => <SetTypeMenu selection={selection} /> : undefined}
      emptyTitle={t('villages.list.emptyTitle')}
      emptyHint={t('villages.list.emptyHint')}
    />
  );
}

/**
 * The county's villages: the township tree with counts per type beside a searchable, filterable village
 * list, with setting types in bulk and importing a type sheet for those allowed to.
 */
export function VillagesPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [isImportOpen, setIsImportOpen] = createSignal(false);

  return (
    <RequirePermission permission="villages:read">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('villages.heading')}</h1>
          <p class="lead">{t('villages.intro')}</p>
        </div>
        <Show when={can('villages:update')}>
          <Button class="button" onClick={() => setIsImportOpen(true)}>
            {t('villages.import.open')}
          </Button>
          <ImportTypesDialog open={isImportOpen()} onOpenChange={setIsImportOpen} />
        </Show>
      </div>
      <div class="villages">
        <TownshipTree />
        <VillageList />
      </div>
    </RequirePermission>
  );
}
