import { definePlugin } from '@cunshe/plugin-sdk';
import { agencyRequests, cancelAgencyRequest, receiveAgencyRequest } from './agency-requests';
import { agencyRoutes } from './agency-routes';
import { marketTownAuditLabels } from './audit-labels';
import { SERVICE_POINTS } from './catalogue';
import { floatingMemberRoutes } from './floating-member-routes';
import { floatingMembers, floatingRecords } from './floating-members';
import { agencyRequestForm, marketTownForms } from './forms';
import { migrations } from './migrations';
import { servicePointRoutes } from './service-point-routes';
import { marketTownSettings } from './settings';

/**
 * 集镇型村落社区 (the seed's 虎圩乡陈桥村), far from the county town: the committee building has a 便民服务点,
 * which takes villagers' matters to the county offices and brings the results back (代办), and a
 * 流动党员服务点, where floating party members register, check in from elsewhere and have their activities
 * recorded.
 */
export const marketTownPlugin = definePlugin({
  id: 'market-town',
  version: '1.0.0',
  name: { 'zh-CN': '集镇型村落社区', en: 'Market-town village community' },
  description: {
    'zh-CN': '该村离县城较远，村委会大楼设立了便民服务点和流动党员服务点。',
    en: 'Far from the county town: a convenience service point and a floating party member service point.',
  },
  villageTypes: ['market-town'],
  hostApi: '^1.0.0',
  settings: marketTownSettings,
  serviceStations: SERVICE_POINTS,
  forms: marketTownForms,
  permissions: [
    {
      action: 'read',
      description: { 'zh-CN': '查看代办和流动党员', en: 'See agency requests and floating members' },
      roles: ['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer'],
    },
    {
      action: 'handle-agency',
      description: { 'zh-CN': '办理代办（送件、取件、交还）', en: 'Take agency requests to town and back' },
      roles: ['village-admin', 'station-staff'],
    },
    {
      action: 'manage-floating-members',
      description: {
        'zh-CN': '登记流动党员及其报到、活动',
        en: 'Keep floating members, check-ins and activities',
      },
      roles: ['village-admin', 'station-staff'],
    },
  ],
  tables: { tables: [agencyRequests, floatingMembers, floatingRecords], migrations },
  auditLabels: marketTownAuditLabels,
  navigation: [
    { path: '/', label: { 'zh-CN': '便民服务点代办', en: 'Agency requests' } },
    { path: '/floating-members', label: { 'zh-CN': '流动党员服务点', en: 'Floating members' } },
  ],
  routes: (app) => {
    servicePointRoutes(app);
    agencyRoutes(app);
    floatingMemberRoutes(app);
  },
  hooks: {
    // An agency request's trip starts when its form is submitted, and stops if the station rejects it.
    onFormStatusChanged: async ({ tx, tenantId, villageId, submissionId, formKey, from, to }) => {
      if (formKey !== agencyRequestForm.key) return;
      if (from === null) await receiveAgencyRequest(tx, { tenantId, villageId, submissionId });
      else if (to === 'rejected') await cancelAgencyRequest(tx, { tenantId, villageId, submissionId });
    },
  },
});

export default marketTownPlugin;
