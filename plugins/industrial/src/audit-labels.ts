import type { PluginAuditLabels } from '@cunshe/plugin-sdk';
import { SERVICE_POINTS } from './catalogue';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** How the audit log names the industrial plugin's entries (employment point and 一岗双责 duties). */
export const industrialAuditLabels: PluginAuditLabels = {
  actions: {
    'job-seeker.registered': t('求职登记', 'Registered job seeker'),
    'job-seeker.changed': t('修改求职登记', 'Changed job seeker'),
    'job-seeker.removed': t('删除求职登记', 'Removed job seeker'),
    'job-opening.posted': t('发布岗位', 'Posted job opening'),
    'job-opening.changed': t('修改岗位', 'Changed job opening'),
    'cadre-duty.added': t('登记一岗双责', 'Added cadre duties'),
    'cadre-duty.changed': t('修改一岗双责', 'Changed cadre duties'),
    'cadre-duty.removed': t('删除一岗双责', 'Removed cadre duties'),
  },
  entities: {
    'job-seeker': t('求职人员', 'Job seeker'),
    'job-opening': t('招聘岗位', 'Job opening'),
    'cadre-duty': t('一岗双责', 'Cadre duties'),
  },
  fields: {
    name: t('姓名', 'Name'),
    desiredWork: t('求职意向', 'Work wanted'),
    isSeeking: t('正在求职', 'Seeking work'),
    employer: t('用工单位', 'Employer'),
    title: t('岗位', 'Job'),
    headcount: t('招聘人数', 'Headcount'),
    isOpen: t('招聘中', 'Open'),
    cadreName: t('干部', 'Cadre'),
    post: t('职务', 'Post'),
    partyBuildingDuty: t('党建职责', 'Party-building duty'),
    serviceDuty: t('服务职责', 'Service duty'),
    servicePointKey: t('服务点', 'Service point'),
    sortOrder: t('顺序', 'Order'),
  },
  values: {
    servicePointKey: Object.fromEntries(SERVICE_POINTS.map((point) => [point.key, point.name])),
  },
};
