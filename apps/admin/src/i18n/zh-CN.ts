import { accountMessages } from '../account/account-messages';
import { auditMessages } from '../audit/audit-messages';
import { dashboardMessages } from '../dashboard/dashboard-messages';
import { evaluationMessages } from '../evaluation/evaluation-messages';
import { open311Messages } from '../open311/open311-messages';
import { partyMessages } from '../party/party-messages';
import { pluginsMessages } from '../plugins/plugins-messages';
import { serviceRequestsMessages } from '../service-requests/service-requests-messages';
import { tenantsMessages } from '../tenants/tenants-messages';
import { usersMessages } from '../users/users-messages';
import { villagesMessages } from '../villages/villages-messages';
import { shellMessages } from './shell-messages';

/**
 * The zh-CN message catalog: the default language and the source of the catalog's shape.
 * Every other catalog is typed from this one, so a key added here must be translated everywhere.
 * Templates use `{{ name }}` placeholders. The frame's and the login's messages come first, from
 * `shell-messages.ts` (all the first page loads); every feature adds its catalog below, one line each.
 */
export const zhCN = {
  ...shellMessages['zh-CN'],
  villages: villagesMessages['zh-CN'],
  serviceRequests: serviceRequestsMessages['zh-CN'],
  account: accountMessages['zh-CN'],
  users: usersMessages['zh-CN'],
  tenants: tenantsMessages['zh-CN'],
  audit: auditMessages['zh-CN'],
  party: partyMessages['zh-CN'],
  plugins: pluginsMessages['zh-CN'],
  evaluation: evaluationMessages['zh-CN'],
  open311: open311Messages['zh-CN'],
  dashboard: dashboardMessages['zh-CN'],
};

/** The shape every catalog has; derived from zh-CN so a missing key fails typecheck. */
export type Messages = typeof zhCN;
