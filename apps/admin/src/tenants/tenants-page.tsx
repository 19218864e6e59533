import { Button } from '@kobalte/core/button';
import { useMutation, useQueryClient } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';
import { RequirePermission } from '../auth/require-permission';
import { confirm } from '../components/confirm-dialog';
import { DataTable, type DataTableColumn } from '../components/data-table';
import { showToast } from '../components/toast';
import { useI18n } from '../i18n/i18n';
import { OnboardCountyForm } from './onboard-county-form';
import { fetchTenants, setTenantActive, type Tenant, tenantsQueryKey } from './tenants-api';
import './tenants.css';

function TenantToggle(props: { tenant: Tenant }): JSX.Element {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toggle = useMutation(() => ({
    mutationFn: (isActive: boolean) => setTenantActive(props.tenant.code, isActive),
    onSuccess: (_: unknown, isActive: boolean) => {
      showToast({
        kind: 'success',
        title: t(isActive ? 'tenants.enabled' : 'tenants.disabled', { name: props.tenant.name }),
      });
      return queryClient.invalidateQueries({ queryKey: tenantsQueryKey });
    },
  }));
  const disable = async () => {
    const isSure = await confirm({
      title: t('tenants.confirmDisable', { name: props.tenant.name }),
      description: t('tenants.confirmDisableHint'),
      confirmLabel: t('tenants.disable'),
    });
    if (isSure) toggle.mutate(false);
  };
  return props.tenant.isActive ? (
    <Button class="button button--danger" onClick={disable} disabled={toggle.isPending}>
      {t('tenants.disable')}
    </Button>
  ) : (
    <Button class="button" onClick={() => toggle.mutate(true)} disabled={toggle.isPending}>
      {t('tenants.enable')}
    </Button>
  );
}

/** The platform operator's counties: onboard one from the division codes, list them, disable or enable. */
export function TenantsPage(): JSX.Element {
  const { t } = useI18n();
  const columns = (): DataTableColumn<Tenant>[] => [
    {
      id: 'code',
      header: t('tenants.column.code'),
      cell: (tenant) => <span class="mono">{tenant.code}</span>,
    },
    { id: 'name', header: t('tenants.column.name'), cell: (tenant) => tenant.name },
    {
      id: 'formerCodes',
      header: t('tenants.column.formerCodes'),
      cell: (tenant) => <span class="mono">{tenant.formerCodes.join(', ') || '—'}</span>,
    },
    {
      id: 'status',
      header: t('tenants.column.status'),
      cell: (tenant) => (
        <span class={tenant.isActive ? 'badge badge--ok' : 'badge badge--muted'}>
          {t(tenant.isActive ? 'tenants.status.active' : 'tenants.status.disabled')}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('tenants.column.actions'),
      align: 'end',
      cell: (tenant) => <TenantToggle tenant={tenant} />,
    },
  ];
  return (
    <RequirePermission permission="tenants:onboard">
      <div class="page-head">
        <div>
          <h1 class="page-title">{t('tenants.heading')}</h1>
          <p class="lead">{t('tenants.intro')}</p>
        </div>
      </div>
      <OnboardCountyForm />
      <DataTable<Tenant>
        caption={t('tenants.caption')}
        queryKey={tenantsQueryKey}
        fetchPage={fetchTenants}
        columns={columns()}
        rowKey={(tenant) => tenant.id}
        searchLabel={t('tenants.search')}
        searchPlaceholder={t('tenants.searchPlaceholder')}
        emptyTitle={t('tenants.emptyTitle')}
        emptyHint={t('tenants.emptyHint')}
      />
    </RequirePermission>
  );
}
