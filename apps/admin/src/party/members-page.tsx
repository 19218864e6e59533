import { Button } from '@kobalte/core/button';
import { A, useSearchParams } from '@solidjs/router';
import { useMutation, useQuery } from '@tanstack/solid-query';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { useMe } from '../auth/me-context';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  parseListQuery,
} from '../components/data-table';
import { TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import { ImportMembersDialog } from './import-members-dialog';
import {
  exportHref,
  fetchMembers,
  fetchOrganizations,
  lookupMembers,
  type MemberListItem,
  memberCategories,
  memberStatuses,
  partyQueryKey,
} from './party-api';
import { fieldError } from './party-format';
import { PartyLayout } from './party-layout';

const filterParams = ['category', 'status', 'organizationId'];

/** Finds members by exact ID or phone number, sent in a request body (never in the address). */
function MemberLookup(): JSX.Element {
  const { t } = useI18n();
  const [idNumber, setIdNumber] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const lookup = useMutation(() => ({
    mutationFn: () => lookupMembers(idNumber().trim() ? { idNumber: idNumber() } : { phone: phone() }),
  }));
  return (
    <section class="card" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading" class="card__title">
        {t('party.members.lookupHeading')}
      </h2>
      <p class="card__hint">{t('party.members.lookupHint')}</p>
      <form
        class="party-toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          if (idNumber().trim() || phone().trim()) lookup.mutate();
        }}
      >
        <TextField
          label={t('party.members.lookupIdNumber')}
          value={idNumber()}
          onChange={setIdNumber}
          autocomplete="off"
          error={fieldError(t, lookup.error, 'idNumber')}
        />
        <TextField
          label={t('party.members.lookupPhone')}
          type="tel"
          value={phone()}
          onChange={setPhone}
          autocomplete="off"
          error={fieldError(t, lookup.error, 'phone')}
        />
        <Button type="submit" class="button" disabled={lookup.isPending}>
          {t('party.members.lookupSubmit')}
        </Button>
      </form>
      <Show when={lookup.data}>
        {(found) => (
          <Show
            when={found().items.length > 0}
            fallback={<p class="muted">{t('party.members.lookupNone')}</p>}
          >
            <p class="muted">{t('party.members.lookupFound', { count: found().items.length })}</p>
            <ul>
              <For each={found().items}>
                {(member) => (
                  <li>
                    <A href={`/party/members/${member.id}`}>{member.name}</A>{' '}
                    <span class="mono">{member.idNumberMasked}</span> · {member.villageName} ·{' '}
                    {member.organizationName}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}

/**
 * The party members of the user's villages: search by name, filters by category, status and organization,
 * pagination; ID numbers and phones masked. Exact look-up by ID or phone number, adding, importing from the
 * template and exporting the (masked) register for those allowed to.
 */
export function MembersPage(): JSX.Element {
  const { t } = useI18n();
  const { can } = useMe();
  const [params] = useSearchParams();
  const [isImportOpen, setIsImportOpen] = createSignal(false);
  const organizations = useQuery(() => ({
    queryKey: [...partyQueryKey, 'organizations', 'all'],
    queryFn: () => fetchOrganizations(),
  }));

  const filters = (): DataTableFilter[] => [
    {
      param: 'category',
      label: t('party.members.category'),
      options: memberCategories.map((value) => ({ value, label: t(`party.category.${value}`) })),
    },
    {
      param: 'status',
      label: t('party.members.status'),
      options: memberStatuses.map((value) => ({ value, label: t(`party.status.${value}`) })),
    },
    {
      param: 'organizationId',
      label: t('party.members.organization'),
      options: (organizations.data?.items ?? []).map((organization) => ({
        value: organization.id,
        label: `${organization.villageName} · ${organization.name}`,
      })),
    },
  ];

  const columns = (): DataTableColumn<MemberListItem>[] => [
    {
      id: 'name',
      header: t('party.members.name'),
      cell: (member) => <A href={`/party/members/${member.id}`}>{member.name}</A>,
    },
    {
      id: 'idNumber',
      header: t('party.members.idNumber'),
      cell: (member) => <span class="mono">{member.idNumberMasked}</span>,
      isWideOnly: true,
    },
    {
      id: 'category',
      header: t('party.members.category'),
      cell: (member) => <span class="badge">{t(`party.category.${member.category}`)}</span>,
    },
    { id: 'status', header: t('party.members.status'), cell: (member) => t(`party.status.${member.status}`) },
    {
      id: 'organization',
      header: t('party.members.organization'),
      cell: (member) =>
        `${member.villageName} · ${member.organizationName}${member.groupName ? ` · ${member.groupName}` : ''}`,
    },
    {
      id: 'phone',
      header: t('party.members.phone'),
      cell: (member) => <span class="mono">{member.phoneMasked ?? '—'}</span>,
      isWideOnly: true,
    },
    {
      id: 'joinedOn',
      header: t('party.members.joinedOn'),
      cell: (member) => member.joinedOn,
      isWideOnly: true,
    },
  ];

  const currentQuery = () => parseListQuery(params, filterParams);

  return (
    <PartyLayout
      title={t('party.tabs.members')}
      intro={t('party.members.intro')}
      actions={
        <div class="button-row">
          <a
            class="button button--quiet"
            href={exportHref(currentQuery())}
            title={t('party.members.exportHint')}
            download=""
          >
            {t('party.members.export')}
          </a>
          <Show when={can('party:manage')}>
            <Button class="button" onClick={() => setIsImportOpen(true)}>
              {t('party.members.import')}
            </Button>
            <A class="button button--primary" href="/party/members/new">
              {t('party.members.add')}
            </A>
          </Show>
        </div>
      }
    >
      <Show when={can('party:manage')}>
        <ImportMembersDialog open={isImportOpen()} onOpenChange={setIsImportOpen} />
      </Show>
      <div class="party-stack">
        <DataTable<MemberListItem>
          caption={t('party.members.caption')}
          queryKey={[...partyQueryKey, 'members']}
          fetchPage={fetchMembers}
          columns={columns()}
          rowKey={(member) => member.id}
          rowLabel={(member) => member.name}
          filters={filters()}
          searchLabel={t('party.members.search')}
          searchPlaceholder={t('party.members.searchPlaceholder')}
          emptyTitle={t('party.members.emptyTitle')}
          emptyHint={t('party.members.emptyHint')}
        />
        <Show when={can('party:manage')}>
          <MemberLookup />
        </Show>
      </div>
    </PartyLayout>
  );
}
