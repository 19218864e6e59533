import { definePluginAdmin } from '@cunshe/plugin-sdk/admin';
import { AssociationsPage } from './admin/associations-page';

/** The admin page of the industry-chain model's associations, loaded when it is opened. */
export default definePluginAdmin({
  pages: [{ path: '/', title: { 'zh-CN': '产业协会', en: 'Associations' }, component: AssociationsPage }],
});
