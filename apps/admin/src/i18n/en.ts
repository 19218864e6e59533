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
import type { Messages } from './zh-CN';

/** The English message catalog; typed from zh-CN, so every key must be present. */
export const en: Messages = {
  ...shellMessages.en,
  villages: villagesMessages.en,
  serviceRequests: serviceRequestsMessages.en,
  account: accountMessages.en,
  users: usersMessages.en,
  tenants: tenantsMessages.en,
  audit: auditMessages.en,
  party: partyMessages.en,
  plugins: pluginsMessages.en,
  evaluation: evaluationMessages.en,
  open311: open311Messages.en,
  dashboard: dashboardMessages.en,
};
