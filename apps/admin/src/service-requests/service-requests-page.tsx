import { Button } from '@kobalte/core/button';
import { A } from '@solidjs/router';
import { useQuery } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import { RequirePermission } from '../auth/require-permission';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  useListQuery,
} from '../components/data-table';
import { fetchAllForms, formsQueryKey } from '../forms/forms-api';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { BulkAssignMenu } from './bulk-assign-menu';
import { LedgerExportDialog } from './ledger-export-dialog';
import {
  fetchServiceRequests,
  fetchStations,
  type ServiceRequest,
  type ServiceRequestStatus,
  serviceRequestStatuses,
  serviceRequestsQueryKey,
} from './service-requests-api';
import { StatusBadge } from './status-badge';
import './service-requests.css';

const FILTER_PARAMS = ['status', 'form', 'station', 'assignee', 'overdue', 'from', 'to'] as const;

/** A request's short number as people read it: the first 8 characters of its id. */
export function requestNumber(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

function StatusTabs(): JSX.Element {
  const { t } = useI18n();
  const { query, update } = useListQuery(() => FILTER_PARAMS);
  const countsQuery = () => {
    const { status: _, ...filters } = query().filters;
    return { ...query(), page: 1, pageSize: 1, filters };
  };
  const counts = useQuery(() => ({
    queryKey: [...serviceRequestsQueryKey, 'counts', countsQuery()],
    queryFn: () => fetchServiceRequests(countsQuery()),
  }));
  const total = () =>
    serviceRequestStatuses.reduce((sum, status) => sum + (counts.data?.counts[status] ?? 0), 0);
  const current = () => query().filters.status;
  const choose = (status: ServiceRequestStatus | undefined) => update({ filters: { status } });
  return (
    <nav class="status-tabs" aria-label={t('serviceRequests.list.tabs')}>
      <Button class="status-tab" aria-pressed={current() === undefined} onClick={() => choose(undefined)}>
        {t('serviceRequests.status.all')} <span class="status-tab__count">{total()}</span>
      </Button>
      <For each={serviceRequestStatuses}>
        {(status) => (
          <Button class="status-tab" aria-pressed={current() === status} onClick={() => choose(status)}>
            {t(`serviceRequests.status.${status}`)}{' '}
            <span class="status-tab__count">{counts.data?.counts[status] ?? 0}</span>
          </Button>
        )}
      </For>
      <Show when={(counts.data?.counts.overdue ?? 0) > 0}>
        <span class="badge badge--danger status-tabs__overdue">
          {t('serviceRequests.status.overdue')} {counts.data?.counts.overdue}
        </span>
      </Show>
    </nav>
  );
}

function ServiceRequestList(): JSX.Element {
  const { t, locale } = useI18n();
  const { can } = useMe();
  const stations = useQuery(() => ({
    queryKey: [...serviceRequestsQueryKey, 'stations'],
    queryFn: fetchStations,
  }));
  const forms = useQuery(() => ({ queryKey: [...formsQueryKey, 'all'], queryFn: fetchAllForms }));
  const filters = (): DataTableFilter[] => [
    {
      param: 'status',
      label: t('serviceRequests.list.statusColumn'),
      options: serviceRequestStatuses.map((status) => ({
        value: status,
        label: t(`serviceRequests.status.${status}`),
      })),
    },
    {
      param: 'form',
      label: t('serviceRequests.list.form'),
      options: (forms.data ?? [])
        .filter((form) => form.isServiceRequest)
        .map((form) => ({ value: `${form.pluginId}:${form.key}`, label: form.title[locale()] })),
    },
    {
      param: 'station',
      label: t('serviceRequests.list.station'),
      options: (stations.data ?? []).map((station) => ({ value: station.id, label: station.name[locale()] })),
    },
    {
      param: 'assignee',
      label: t('serviceRequests.list.assignee'),
      options: [
        { value: 'me', label: t('serviceRequests.list.assigneeMe') },
        { value: 'none', label: t('serviceRequests.list.assigneeNone') },
      ],
    },
    {
      param: 'overdue',
      label: t('serviceRequests.list.overdueFilter'),
      options: [{ value: 'true', label: t('serviceRequests.list.overdueOnly') }],
    },
    { kind: 'date', param: 'from', label: t('serviceRequests.list.from') },
    { kind: 'date', param: 'to', label: t('serviceRequests.list.to') },
  ];
  const columns = (): DataTableColumn<ServiceRequest>[] => [
    {
      id: 'number',
      header: t('serviceRequests.list.number'),
      cell: (request) => (
        <A class="mono" href={`/service-requests/${request.id}`}>
          {requestNumber(request.id)}
        </A>
      ),
    },
    {
      id: 'villager',
      header: t('serviceRequests.list.villager'),
      cell: (request) => (
        <span class="cell-stack">
          <span>{request.villager.name}</span>
          <span class="mono muted">{request.villager.phone}</span>
        </span>
      ),
    },
    {
      id: 'form',
      header: t('serviceRequests.list.form'),
      cell: (request) => request.formTitle[locale()],
    },
    {
      id: 'village',
      header: t('serviceRequests.list.village'),
      cell: (r) => r.village.name,
      isWideOnly: true,
    },
    {
      id: 'station',
      header: t('serviceRequests.list.station'),
      cell: (request) => request.stationName?.[locale()] ?? '',
      isWideOnly: true,
    },
    {
      id: 'assignee',
      header: t('serviceRequests.list.assignee'),
      cell: (request) =>
        request.assignee?.name ?? <span class="muted">{t('serviceRequests.list.assigneeNone')}</span>,
    },
    {
      id: 'status',
      header: t('serviceRequests.list.statusColumn'),
      cell: (request) => <StatusBadge status={request.status} isOverdue={request.isOverdue} />,
    },
    {
      id: 'submittedAt',
      header: t('serviceRequests.list.submittedAt'),
      cell: (request) => formatDateTime(request.createdAt, locale()),
      isWideOnly: true,
    },
    {
      id: 'dueAt',
      header: t('serviceRequests.list.dueAt'),
      cell: (request) => (
        <span classList={{ overdue: request.isOverdue }}>{formatDateTime(request.dueAt, locale())}</span>
      ),
    },
  ];
  return (
    <DataTable<ServiceRequest>
      caption={t('serviceRequests.list.caption')}
      queryKey={serviceRequestsQueryKey}
      fetchPage={fetchServiceRequests}
      columns={columns()}
      rowKey={(request) => request.id}
      rowLabel={(request) => `${requestNumber(request.id)} ${request.villager.name}`}
      filters={filters()}
      searchLabel={t('serviceRequests.list.search')}
      searchPlaceholder={t('serviceRequests.list.searchPlaceholder')}
      bulkActions={
        can('service-requests:handle') ? (selection) => <BulkAssignMenu selection={selection} /> : undefined
      }
      emptyTitle={t('serviceRequests.list.emptyTitle')}
      emptyHint={t('serviceRequests.list.emptyHint')}
    />
  );
}

/**
 * The stations' work list: requests of the user's scope by status (with counts), filtered by station,
 * assignee, overdue and dates, searched by villager name or phone; filing a new one, assigning in bulk, and
 * exporting the ledger for those allowed to.
 */
export function ServiceRequestsPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [isLedgerOpen, setIsLedgerOpen] = createSignal(false);
  return (
    <RequirePermission permission="service-requests:read">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('serviceRequests.heading')}</h1>
          <p class="lead">{t('serviceRequests.intro')}</p>
        </div>
        <div class="button-row">
          <Show when={can('ledgers:export')}>
            <Button class="button" onClick={() => setIsLedgerOpen(true)}>
              {t('serviceRequests.ledger.open')}
            </Button>
            <LedgerExportDialog open={isLedgerOpen()} onOpenChange={setIsLedgerOpen} />
          </Show>
          <Show when={can('service-requests:handle')}>
            <A class="button button--primary" href="/service-requests/new">
              {t('serviceRequests.list.new')}
            </A>
          </Show>
        </div>
      </div>
      <StatusTabs />
      <ServiceRequestList />
    </RequirePermission>
  );
}
