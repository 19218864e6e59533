import { definePlugin } from '@cunshe/plugin-sdk';
import { suburbanAuditLabels } from './audit-labels';
import { OFFICES, VOLUNTEER_ASSOCIATION } from './catalogue';
import { suburbanForms } from './forms';
import { migrations } from './migrations';
import { officeDesks } from './office-desks';
import { officeRoutes } from './office-routes';
import { serviceRecords } from './service-records';
import { suburbanSettings } from './settings';
import { volunteerRoutes } from './volunteer-routes';
import { volunteers } from './volunteers';

/**
 * 城郊型村落社区 (the seed's 邓家乡上杨村), a village in the transition between town and country: its committee
 * building has offices serving villagers (党员服务、民政、劳动就业、法律咨询、家政服务), and its 村落社区志愿者协会
 * keeps volunteers, their service records and hours per volunteer and per month.
 */
export const suburbanPlugin = definePlugin({
  id: 'suburban',
  version: '1.0.0',
  name: { 'zh-CN': '城郊型村落社区', en: 'Suburban village community' },
  description: {
    'zh-CN': '村委会大楼设有各类服务群众办公室；成立了村落社区志愿者协会。',
    en: 'Offices serving villagers in the committee building, and the village community volunteer association.',
  },
  villageTypes: ['suburban'],
  hostApi: '^1.0.0',
  settings: suburbanSettings,
  serviceStations: OFFICES,
  associations: [VOLUNTEER_ASSOCIATION],
  forms: suburbanForms,
  permissions: [
    {
      action: 'read',
      description: { 'zh-CN': '查看办公室、志愿者和服务时长', en: 'See offices, volunteers and hours' },
      roles: ['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer'],
    },
    {
      action: 'manage-volunteers',
      description: { 'zh-CN': '登记志愿者', en: 'Keep the volunteers' },
      roles: ['village-admin', 'station-staff'],
    },
    {
      action: 'record-service',
      description: { 'zh-CN': '登记志愿服务和时长', en: 'Record services and hours' },
      roles: ['village-admin', 'station-staff'],
    },
    {
      action: 'manage-offices',
      description: { 'zh-CN': '安排办公室和值班人员', en: 'Set the offices’ rooms and staff on duty' },
      roles: ['village-admin'],
    },
  ],
  tables: { tables: [volunteers, serviceRecords, officeDesks], migrations },
  auditLabels: suburbanAuditLabels,
  navigation: [
    { path: '/', label: { 'zh-CN': '志愿者协会', en: 'Volunteer association' } },
    { path: '/offices', label: { 'zh-CN': '服务群众办公室', en: 'Service offices' } },
  ],
  routes: (app) => {
    volunteerRoutes(app);
    officeRoutes(app);
  },
});

export default suburbanPlugin;
