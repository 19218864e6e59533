import { definePluginAdmin } from '@cunshe/plugin-sdk/admin';
import { AgencyPage } from './admin/agency-page';
import { FloatingMembersPage } from './admin/floating-members-page';

/** The admin pages of the market-town model, loaded when one of them is opened. */
export default definePluginAdmin({
  pages: [
    { path: '/', title: { 'zh-CN': '便民服务点代办', en: 'Agency requests' }, component: AgencyPage },
    {
      path: '/floating-members',
      title: { 'zh-CN': '流动党员服务点', en: 'Floating members' },
      component: FloatingMembersPage,
    },
  ],
});
