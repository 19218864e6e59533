import { definePlugin } from '@cunshe/plugin-sdk';
import { industrialAuditLabels } from './audit-labels';
import { cadreDuties } from './cadre-duties';
import { cadreDutyRoutes } from './cadre-duty-routes';
import { SERVICE_POINTS } from './catalogue';
import { jobOpenings, jobSeekers } from './employment';
import { employmentRoutes } from './employment-routes';
import { industrialForms } from './forms';
import { migrations } from './migrations';
import { servicePointRoutes } from './service-point-routes';
import { industrialSettings } from './settings';

/**
 * 工业型村落社区 (the seed's 孝岗镇新建村): the county's 社保局, 医保办 and 就业局 keep service points in the
 * village committee building, so nearby workers and farmers pay social and medical insurance and find
 * suitable jobs there; the branch keeps its 一岗双责 record, each cadre's post with a party-building duty and
 * a service duty.
 */
export const industrialPlugin = definePlugin({
  id: 'industrial',
  version: '1.0.0',
  name: { 'zh-CN': '工业型村落社区', en: 'Industrial village community' },
  description: {
    'zh-CN': '县社保局、医保办、就业局在村委会大楼设服务点；村党支部实行“一岗双责”。',
    en: 'County social insurance, medical insurance and employment service points in the committee building; the branch’s one post, two duties.',
  },
  villageTypes: ['industrial'],
  hostApi: '^1.0.0',
  settings: industrialSettings,
  serviceStations: SERVICE_POINTS,
  forms: industrialForms,
  permissions: [
    {
      action: 'read',
      description: {
        'zh-CN': '查看服务点、求职、岗位和一岗双责',
        en: 'See the points, seekers, openings and duties',
      },
      roles: ['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer'],
    },
    {
      action: 'manage-employment',
      description: { 'zh-CN': '登记求职者、发布岗位', en: 'Register job seekers and post openings' },
      roles: ['village-admin', 'station-staff'],
    },
    {
      action: 'manage-duties',
      description: { 'zh-CN': '维护一岗双责', en: 'Keep the one-post-two-duties record' },
      roles: ['village-admin'],
    },
  ],
  tables: { tables: [jobSeekers, jobOpenings, cadreDuties], migrations },
  auditLabels: industrialAuditLabels,
  navigation: [
    { path: '/', label: { 'zh-CN': '县直单位服务点', en: 'County bureau points' } },
    { path: '/employment', label: { 'zh-CN': '就业岗位匹配', en: 'Jobs and matching' } },
    { path: '/cadre-duties', label: { 'zh-CN': '一岗双责', en: 'One post, two duties' } },
  ],
  routes: (app) => {
    servicePointRoutes(app);
    employmentRoutes(app);
    cadreDutyRoutes(app);
  },
});

export default industrialPlugin;
