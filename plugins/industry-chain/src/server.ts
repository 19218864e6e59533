import { definePlugin } from '@cunshe/plugin-sdk';
import { associationRoutes } from './association-routes';
import { industryChainAuditLabels } from './audit-labels';
import { branchMembers } from './branch-members';
import { ASSOCIATIONS } from './catalogue';
import { industryChainForms } from './forms';
import { associationMembers } from './members';
import { migrations } from './migrations';
import { industryChainSettings } from './settings';

/**
 * 产业型村落社区 (the seed's 黎圩镇潭江村): a village with a high degree of agricultural industrialisation whose
 * associations — 实用技术人才协会, and 民营经济协会、蚕桑协会、生猪协会 each with its own party branch — are "农民发家
 * 致富的好帮手". Members, officers, the branches and their members; a join form and a technical-help form per
 * association, each landing with that association.
 */
export const industryChainPlugin = definePlugin({
  id: 'industry-chain',
  version: '1.0.0',
  name: { 'zh-CN': '产业型村落社区', en: 'Industry-chain village community' },
  description: {
    'zh-CN': '实用技术人才协会、民营经济协会党支部、蚕桑协会党支部、生猪协会党支部，是农民发家致富的好帮手。',
    en: 'The practical technical talent association, and the private economy, sericulture and pig farming associations with their party branches.',
  },
  villageTypes: ['industry-chain'],
  hostApi: '^1.0.0',
  settings: industryChainSettings,
  associations: ASSOCIATIONS,
  forms: industryChainForms,
  permissions: [
    {
      action: 'read',
      description: {
        'zh-CN': '查看协会、会员和协会党支部',
        en: 'See the associations, members and branches',
      },
      roles: ['county-admin', 'township-admin', 'village-admin', 'station-staff', 'viewer'],
    },
    {
      action: 'manage-members',
      description: { 'zh-CN': '登记会员和会长等负责人', en: 'Keep members and officers' },
      roles: ['village-admin', 'station-staff'],
    },
    {
      action: 'manage-branches',
      description: { 'zh-CN': '维护协会党支部成员', en: 'Keep the associations’ party branch members' },
      roles: ['village-admin'],
    },
  ],
  tables: { tables: [associationMembers, branchMembers], migrations },
  auditLabels: industryChainAuditLabels,
  navigation: [{ path: '/', label: { 'zh-CN': '产业协会', en: 'Associations' } }],
  routes: (app) => {
    associationRoutes(app);
  },
});

export default industryChainPlugin;
