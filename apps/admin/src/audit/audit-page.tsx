import { useQuery } from '@tanstack/solid-query';
import { type JSX, Show } from 'solid-js';
import { RequirePermission } from '../auth/require-permission';
import {
  DataTable,
  type DataTableColumn,
  type DataTableFilter,
  type ListQuery,
  useListQuery,
} from '../components/data-table';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { fetchUsers, usersQueryKey } from '../users/users-api';
import { type AuditEntry, auditQueryKey, fetchAudit } from './audit-api';
import { subjectOf } from './audit-change';
import { AuditChangeView } from './audit-change-view';
import { auditActions, auditEntities } from './audit-labels';
import { describeAction, describeEntity } from './audit-vocabulary';
import { useAuditVocabulary } from './use-audit-vocabulary';
import './audit.css';

const filterParams = ['actor', 'entity', 'action', 'from', 'to'] as const;

// The date inputs give days (YYYY-MM-DD); the API reads a day as that whole day in China time.
function fetchAuditPage(query: ListQuery) {
  const { actor, entity, action, from, to } = query.filters;
  return fetchAudit({ actor, entity, action, from, to, page: query.page, pageSize: query.pageSize });
}

/** The name of an entry's action, entity, actor and subject, for the table. */
function useAuditText() {
  const { t } = useI18n();
  const vocabulary = useAuditVocabulary();
  return {
    vocabulary,
    action: (entry: AuditEntry) => describeAction(entry, vocabulary()),
    entity: (entry: AuditEntry) => describeEntity(entry, vocabulary()),
    actor: (entry: AuditEntry) =>
      entry.actorName ?? (entry.action === 'auth.login-failed' ? t('audit.anonymous') : t('audit.system')),
  };
}

function AuditTable(): JSX.Element {
  const { t, locale } = useI18n();
  const text = useAuditText();
  const { query } = useListQuery(() => filterParams);
  const users = useQuery(() => ({
    queryKey: [...usersQueryKey, 'all'],
    queryFn: () => fetchUsers({ q: '', page: 1, pageSize: 100, filters: {} }),
  }));
  // Login entries carry no names; a user subject is named from the county's users.
  const userName = (entry: AuditEntry): string | undefined => {
    if (entry.entity !== 'user' || !entry.entityId) return undefined;
    const user = users.data?.items.find((candidate) => candidate.id === entry.entityId);
    return user ? `${user.displayName}（${user.username}）` : undefined;
  };
  const isBadRange = () => {
    const { from, to } = query().filters;
    return from !== undefined && to !== undefined && from > to;
  };

  const filters = (): DataTableFilter[] => [
    {
      param: 'actor',
      label: t('audit.filter.actor'),
      options: (users.data?.items ?? []).map((user) => ({
        value: user.id,
        label: `${user.displayName}（${user.username}）`,
      })),
    },
    {
      param: 'entity',
      label: t('audit.filter.entity'),
      options: Object.entries(auditEntities).map(([value, key]) => ({ value, label: t(key) })),
    },
    {
      param: 'action',
      label: t('audit.filter.action'),
      options: Object.entries(auditActions).map(([value, key]) => ({ value, label: t(key) })),
    },
    { kind: 'date', param: 'from', label: t('audit.filter.from') },
    { kind: 'date', param: 'to', label: t('audit.filter.to') },
  ];

  const columns = (): DataTableColumn<AuditEntry>[] => [
    { id: 'at', header: t('audit.column.at'), cell: (entry) => formatDateTime(entry.at, locale()) },
    { id: 'actor', header: t('audit.column.actor'), cell: (entry) => text.actor(entry) },
    {
      id: 'action',
      header: t('audit.column.action'),
      cell: (entry) => <span class="audit__action">{text.action(entry)}</span>,
    },
    {
      id: 'subject',
      header: t('audit.column.subject'),
      cell: (entry) => (
        <span class="audit__subject">
          <span>{subjectOf(entry.before, entry.after) ?? userName(entry) ?? t('audit.empty')}</span>
          <span class="audit__entity">{text.entity(entry)}</span>
        </span>
      ),
    },
    {
      id: 'change',
      header: t('audit.column.change'),
      cell: (entry) => (
        <div class="audit__change">
          <AuditChangeView entry={entry} vocabulary={text.vocabulary()} />
        </div>
      ),
    },
  ];

  return (
    <div class="audit">
      <Show when={isBadRange()}>
        <div class="alert alert--warn" role="alert">
          {t('audit.filter.badRange')}
        </div>
      </Show>
      <DataTable<AuditEntry>
        caption={t('audit.caption')}
        queryKey={auditQueryKey}
        fetchPage={fetchAuditPage}
        columns={columns()}
        rowKey={(entry) => entry.id}
        filters={filters()}
        hasSearch={false}
        isStackedOnNarrow
        emptyTitle={t('audit.emptyTitle')}
        emptyHint={t('audit.emptyHint')}
      />
    </div>
  );
}

/** The county's audit log for its admins: filters by actor, entity, action and dates; before and after compactly. */
export function AuditPage(): JSX.Element {
  const { t } = useI18n();
  return (
    <RequirePermission permission="audit:read">
      <h1 class="page-title">{t('audit.heading')}</h1>
      <p class="lead">{t('audit.intro')}</p>
      <AuditTable />
    </RequirePermission>
  );
}
