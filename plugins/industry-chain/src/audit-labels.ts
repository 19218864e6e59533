import type { PluginAuditLabels } from '@cunshe/plugin-sdk';
import { ASSOCIATIONS, BRANCH_POST_LABELS, OFFICER_LABELS } from './catalogue';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** How the audit log names the industry-chain plugin's entries (association members and branch members). */
export const industryChainAuditLabels: PluginAuditLabels = {
  actions: {
    'member.joined': t('会员入会', 'Member joined'),
    'member.changed': t('修改会员', 'Changed member'),
    'member.left': t('会员退会', 'Member left'),
    'branch-member.added': t('登记协会党支部党员', 'Added branch member'),
    'branch-member.changed': t('修改协会党支部党员', 'Changed branch member'),
    'branch-member.removed': t('移出协会党支部', 'Removed branch member'),
  },
  entities: {
    'association-member': t('协会会员', 'Association member'),
    'association-branch-member': t('协会党支部党员', 'Association branch member'),
  },
  fields: {
    name: t('姓名', 'Name'),
    associationKey: t('协会', 'Association'),
    officerTitle: t('协会职务', 'Office'),
    joinedOn: t('入会日期', 'Joined on'),
    leftOn: t('退会日期', 'Left on'),
    post: t('支部职务', 'Branch post'),
  },
  values: {
    associationKey: Object.fromEntries(
      ASSOCIATIONS.map((association) => [association.key, association.name]),
    ),
    officerTitle: OFFICER_LABELS,
    post: BRANCH_POST_LABELS,
  },
};
