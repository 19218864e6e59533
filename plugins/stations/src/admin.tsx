import { definePluginAdmin } from '@cunshe/plugin-sdk/admin';
import { RoomActivitiesPage } from './admin/room-activities-page';
import { StationsPage } from './admin/stations-page';

/** The admin pages of 四站两室, loaded when one of them is opened. */
export default definePluginAdmin({
  pages: [
    { path: '/', title: { 'zh-CN': '四站两室', en: 'Four stations and two rooms' }, component: StationsPage },
    {
      path: '/room-activities',
      title: { 'zh-CN': '活动室活动记录', en: 'Room activity log' },
      component: RoomActivitiesPage,
    },
  ],
});
