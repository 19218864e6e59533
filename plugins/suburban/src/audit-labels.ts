import type { PluginAuditLabels } from '@cunshe/plugin-sdk';
import { OFFICES, SERVICE_KIND_LABELS } from './catalogue';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** How the audit log names the suburban plugin's entries (volunteers, their services, the offices' desks). */
export const suburbanAuditLabels: PluginAuditLabels = {
  actions: {
    'volunteer.joined': t('志愿者加入', 'Volunteer joined'),
    'volunteer.changed': t('修改志愿者', 'Changed volunteer'),
    'service.recorded': t('登记志愿服务', 'Recorded volunteer service'),
    'office.staffed': t('安排办公室值守', 'Staffed office'),
  },
  entities: {
    volunteer: t('志愿者', 'Volunteer'),
    'volunteer-service': t('志愿服务', 'Volunteer service'),
    office: t('办公室', 'Office'),
  },
  fields: {
    name: t('姓名', 'Name'),
    joinedOn: t('加入日期', 'Joined on'),
    leftOn: t('退出日期', 'Left on'),
    servedOn: t('服务日期', 'Served on'),
    kind: t('服务类别', 'Kind of service'),
    volunteers: t('志愿者人数', 'Volunteers'),
    officeKey: t('办公室', 'Office'),
    room: t('房间', 'Room'),
    onDuty: t('值班人员', 'On duty'),
    phone: t('电话', 'Phone'),
  },
  values: {
    kind: SERVICE_KIND_LABELS,
    officeKey: Object.fromEntries(OFFICES.map((office) => [office.key, office.name])),
  },
};
