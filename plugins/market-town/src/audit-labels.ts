import type { PluginAuditLabels } from '@cunshe/plugin-sdk';
import { AGENCY_STAGE_LABELS, MANAGEMENT_LABELS } from './catalogue';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** How the audit log names the market-town plugin's entries (agency trips and floating members). */
export const marketTownAuditLabels: PluginAuditLabels = {
  actions: {
    'agency-request.sent': t('代办送县直部门', 'Agency request sent to the county office'),
    'agency-request.result-back': t('代办结果带回', 'Agency result brought back'),
    'agency-request.returned': t('代办结果交还村民', 'Agency result returned to the villager'),
    'floating-member.registered': t('登记流动党员', 'Registered floating member'),
    'floating-member.changed': t('修改流动党员', 'Changed floating member'),
    'floating-member.check-in': t('流动党员报到', 'Floating member checked in'),
    'floating-member.activity': t('登记流动党员活动', 'Recorded floating member activity'),
  },
  entities: {
    'agency-request': t('代办事项', 'Agency request'),
    'floating-member': t('流动党员', 'Floating member'),
  },
  fields: {
    stage: t('进度', 'Stage'),
    countyOffice: t('县直部门', 'County office'),
    name: t('姓名', 'Name'),
    destination: t('流入地', 'Gone to'),
    management: t('管理方式', 'Management'),
    returnedOn: t('返乡日期', 'Came back on'),
    kind: t('类别', 'Kind'),
    happenedOn: t('日期', 'Date'),
    place: t('地点', 'Place'),
  },
  values: {
    stage: AGENCY_STAGE_LABELS,
    management: MANAGEMENT_LABELS,
    kind: { 'check-in': t('报到', 'Check-in'), activity: t('活动', 'Activity') },
  },
};
