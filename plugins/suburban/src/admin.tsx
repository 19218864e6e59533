import { definePluginAdmin } from '@cunshe/plugin-sdk/admin';
import { OfficesPage } from './admin/offices-page';
import { VolunteersPage } from './admin/volunteers-page';

/** The admin pages of the suburban model, loaded when one of them is opened. */
export default definePluginAdmin({
  pages: [
    {
      path: '/',
      title: { 'zh-CN': '村落社区志愿者协会', en: 'Volunteer association' },
      component: VolunteersPage,
    },
    { path: '/offices', title: { 'zh-CN': '服务群众办公室', en: 'Service offices' }, component: OfficesPage },
  ],
});
