import { definePlugin } from '@cunshe/plugin-sdk';
import { stationsAuditLabels } from './audit-labels';
import { STATIONS } from './catalogue';
import { stationForms } from './forms';
import { migrations } from './migrations';
import { roomActivities } from './room-activities';
import { roomActivityRoutes } from './room-activity-routes';
import { stationsSettings } from './settings';
import { stationStaff } from './staff';
import { staffRoutes } from './staff-routes';
import { stationRoutes } from './station-routes';

/**
 * 四站两室 (four stations and two rooms), which the seed's pilot villages all set up whatever their type:
 * 求助服务站、农业服务站、医疗服务站、治安警务站 and 宣教活动室、文化活动室. Each has its services, opening hours
 * (settings), staff and a request form that becomes a service request; the rooms keep an activity log.
 */
export const stationsPlugin = definePlugin({
  id: 'stations',
  version: '1.0.0',
  name: { 'zh-CN': '四站两室', en: 'Four stations and two rooms' },
  description: {
    'zh-CN': '求助服务站、农业服务站、医疗服务站、治安警务站和宣教活动室、文化活动室。',
    en: 'Help, agricultural, medical and public-security stations; publicity-education and culture rooms.',
  },
  villageTypes: 'any',
  hostApi: '^1.0.0',
  settings: stationsSettings,
  serviceStations: STATIONS,
  forms: stationForms,
  permissions: [
    {
      action: 'read',
      description: { 'zh-CN': '查看站室、人员和活动记录', en: 'See stations, staff and activities' },
      roles: ['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer'],
    },
    {
      action: 'manage-staff',
      description: { 'zh-CN': '管理站室工作人员', en: 'Manage the stations’ staff' },
      roles: ['village-admin'],
    },
    {
      action: 'record-activities',
      description: { 'zh-CN': '登记活动室活动', en: 'Record the rooms’ activities' },
      roles: ['village-admin', 'station-staff'],
    },
  ],
  tables: { tables: [stationStaff, roomActivities], migrations },
  auditLabels: stationsAuditLabels,
  navigation: [
    { path: '/', label: { 'zh-CN': '四站两室', en: 'Stations and rooms' } },
    { path: '/room-activities', label: { 'zh-CN': '活动室活动记录', en: 'Room activity log' } },
  ],
  routes: (app) => {
    stationRoutes(app);
    staffRoutes(app);
    roomActivityRoutes(app);
  },
});

export default stationsPlugin;
