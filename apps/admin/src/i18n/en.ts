import { accountMessages } from '../account/account-messages';
import { auditMessages } from '../audit/audit-messages';
import { authMessages } from '../auth/auth-messages';
import { dashboardMessages } from '../dashboard/dashboard-messages';
import { evaluationMessages } from '../evaluation/evaluation-messages';
import { open311Messages } from '../open311/open311-messages';
import { partyMessages } from '../party/party-messages';
import { pluginsMessages } from '../plugins/plugins-messages';
import { serviceRequestsMessages } from '../service-requests/service-requests-messages';
import { tenantsMessages } from '../tenants/tenants-messages';
import { usersMessages } from '../users/users-messages';
import { villagesMessages } from '../villages/villages-messages';
import type { Messages } from './zh-CN';

/** The English message catalog; typed from zh-CN, so every key must be present. */
export const en: Messages = {
  app: {
    name: 'Cunshe',
    tagline: 'Village community party building and services',
    skipToContent: 'Skip to main content',
  },
  header: {
    switchLanguage: '中文',
    openMenu: 'Menu',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    villages: 'Villages',
    users: 'Users',
    tenants: 'Counties',
    audit: 'Audit log',
  },
  home: {
    heading: 'Cunshe · Village community party building and services',
    intro: 'One platform for counties, townships and villages to run village communities.',
    healthHeading: 'System status',
    loading: 'Checking system status…',
    status: 'Service',
    statusOk: 'Operational',
    statusDegraded: 'Degraded',
    database: 'Database',
    databasePglite: 'Embedded PGlite',
    databasePostgres: 'PostgreSQL',
    migrations: 'Migrations',
    migrationsValue: '{{ applied }} of {{ expected }} applied',
    version: 'Version',
  },
  villages: villagesMessages.en,
  serviceRequests: serviceRequestsMessages.en,
  auth: authMessages.en,
  account: accountMessages.en,
  users: usersMessages.en,
  tenants: tenantsMessages.en,
  audit: auditMessages.en,
  party: partyMessages.en,
  plugins: pluginsMessages.en,
  evaluation: evaluationMessages.en,
  open311: open311Messages.en,
  dashboard: dashboardMessages.en,
  notFound: {
    heading: 'Page not found',
    hint: 'The address you opened does not exist or has moved.',
    backHome: 'Back to home',
  },
  states: {
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    errorHint: 'The server cannot be reached right now. Please try again later.',
    errorStatus: 'Request failed (HTTP {{ status }})',
    retry: 'Retry',
  },
  table: {
    search: 'Search',
    searchPlaceholder: 'Search by keyword',
    filterAll: 'All',
    selectAll: 'Select all rows on this page',
    selectRow: 'Select row',
    selectRowNamed: 'Select “{{ name }}”',
    selectedCount: '{{ count }} selected',
    clearSelection: 'Clear selection',
    emptyTitle: 'No data',
    emptyHint: 'No records match. Try another search or filter.',
    total: '{{ total }} in total',
    pageSize: 'Rows per page',
    pageSizeOption: '{{ size }} per page',
    pagination: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
  },
  form: {
    selectPlaceholder: 'Select…',
  },
  toast: {
    close: 'Close',
  },
  dialog: {
    close: 'Close',
  },
  confirm: {
    cancel: 'Cancel',
    confirm: 'Confirm',
  },
};
