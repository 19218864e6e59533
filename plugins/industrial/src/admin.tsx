import { definePluginAdmin } from '@cunshe/plugin-sdk/admin';
import { CadreDutiesPage } from './admin/cadre-duties-page';
import { EmploymentPage } from './admin/employment-page';
import { ServicePointsPage } from './admin/service-points-page';

/** The admin pages of the industrial model, loaded when one of them is opened. */
export default definePluginAdmin({
  pages: [
    {
      path: '/',
      title: { 'zh-CN': '县直单位服务点', en: 'County bureau points' },
      component: ServicePointsPage,
    },
    {
      path: '/employment',
      title: { 'zh-CN': '就业岗位匹配', en: 'Jobs and matching' },
      component: EmploymentPage,
    },
    {
      path: '/cadre-duties',
      title: { 'zh-CN': '一岗双责', en: 'One post, two duties' },
      component: CadreDutiesPage,
    },
  ],
});
