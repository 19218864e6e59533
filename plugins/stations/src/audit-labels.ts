import type { PluginAuditLabels } from '@cunshe/plugin-sdk';
import { STATIONS } from './catalogue';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const stationNames = Object.fromEntries(STATIONS.map((station) => [station.key, station.name]));

/** How the audit log names the stations plugin's entries (station staff and room activities). */
export const stationsAuditLabels: PluginAuditLabels = {
  actions: {
    'staff.added': t('登记站点人员', 'Added station staff'),
    'staff.changed': t('修改站点人员', 'Changed station staff'),
    'staff.removed': t('移除站点人员', 'Removed station staff'),
    'room-activity.recorded': t('登记活动室活动', 'Recorded room activity'),
    'room-activity.removed': t('删除活动室活动', 'Removed room activity'),
  },
  entities: {
    'station-staff': t('站点人员', 'Station staff'),
    'room-activity': t('活动室活动', 'Room activity'),
  },
  fields: {
    stationKey: t('站点', 'Station'),
    roomKey: t('活动室', 'Room'),
    name: t('姓名', 'Name'),
    post: t('岗位', 'Post'),
    heldOn: t('日期', 'Held on'),
    topic: t('主题', 'Topic'),
    attendance: t('参加人数', 'Attendance'),
    note: t('备注', 'Note'),
    recordedBy: t('登记人', 'Recorded by'),
    recordedByName: t('登记人', 'Recorded by'),
  },
  values: { stationKey: stationNames, roomKey: stationNames },
};
