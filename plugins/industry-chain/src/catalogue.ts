import type { Association, LocalizedText } from '@cunshe/plugin-sdk';

/*
 * 产业型村落社区, the seed's 黎圩镇潭江村 (paragraph 城乡一体，创新模式): "该村农业产业化程度比较高，实用技术人才协会、
 * 民营经济协会党支部、蚕桑协会党支部、生猪协会党支部，是农民发家致富的好帮手。" Three of the four associations have
 * their own party branch.
 */

/** The four associations of 潭江村. */
export const ASSOCIATION_KEYS = [
  'practical-tech-talent',
  'private-economy',
  'sericulture',
  'pig-farming',
] as const;

/** One of {@link ASSOCIATION_KEYS}. */
export type AssociationKey = (typeof ASSOCIATION_KEYS)[number];

/** The associations with their own party branch. */
export const BRANCH_KEYS = ['private-economy', 'sericulture', 'pig-farming'] as const;

/** One of {@link BRANCH_KEYS}. */
export type BranchKey = (typeof BRANCH_KEYS)[number];

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const service = (key: string, zh: string, en: string) => ({ key, name: t(zh, en) });

/** An association of 潭江村, with the name of its party branch when it has one. */
export interface ChainAssociation extends Association {
  key: AssociationKey;
  branchName?: LocalizedText | undefined;
}

/** The four associations, "农民发家致富的好帮手", each with the services it gives its members. */
export const ASSOCIATIONS: ChainAssociation[] = [
  {
    key: 'practical-tech-talent',
    name: t('实用技术人才协会', 'Practical technical talent association'),
    hasPartyBranch: false,
    services: [
      service('technical-guidance', '实用技术指导', 'Practical technical guidance'),
      service('training', '技术培训', 'Training'),
      service('pairing', '结对帮扶', 'Pairing assistance'),
    ],
  },
  {
    key: 'private-economy',
    name: t('民营经济协会', 'Private economy association'),
    hasPartyBranch: true,
    branchName: t('民营经济协会党支部', 'Party branch of the private economy association'),
    services: [
      service(
        'business-difficulties',
        '帮助解决生产经营困难',
        'Help with production and business difficulties',
      ),
      service('market-information', '市场信息', 'Market information'),
      service('financing-advice', '融资咨询', 'Financing advice'),
    ],
  },
  {
    key: 'sericulture',
    name: t('蚕桑协会', 'Sericulture association'),
    hasPartyBranch: true,
    branchName: t('蚕桑协会党支部', 'Party branch of the sericulture association'),
    services: [
      service('mulberry-growing', '桑园管理', 'Mulberry growing'),
      service('silkworm-rearing', '养蚕技术', 'Silkworm rearing'),
      service('cocoon-sales', '蚕茧收购', 'Cocoon sales'),
    ],
  },
  {
    key: 'pig-farming',
    name: t('生猪协会', 'Pig farming association'),
    hasPartyBranch: true,
    branchName: t('生猪协会党支部', 'Party branch of the pig farming association'),
    services: [
      service('pig-raising', '生猪养殖技术', 'Pig raising'),
      service('disease-prevention', '疫病防治', 'Disease prevention'),
      service('pig-sales', '生猪销售', 'Pig sales'),
    ],
  },
];

/** Officers of an association (会长、副会长、秘书长、理事). */
export const OFFICER_TITLES = ['president', 'vice-president', 'secretary-general', 'director'] as const;

/** One of {@link OFFICER_TITLES}. */
export type OfficerTitle = (typeof OFFICER_TITLES)[number];

/** The labels of {@link OFFICER_TITLES}. */
export const OFFICER_LABELS: Record<OfficerTitle, LocalizedText> = {
  president: t('会长', 'President'),
  'vice-president': t('副会长', 'Vice-president'),
  'secretary-general': t('秘书长', 'Secretary-general'),
  director: t('理事', 'Director'),
};

/** Posts in an association's party branch (书记、副书记、委员、党员). */
export const BRANCH_POSTS = ['secretary', 'deputy-secretary', 'committee-member', 'member'] as const;

/** One of {@link BRANCH_POSTS}. */
export type BranchPost = (typeof BRANCH_POSTS)[number];

/** The labels of {@link BRANCH_POSTS}. */
export const BRANCH_POST_LABELS: Record<BranchPost, LocalizedText> = {
  secretary: t('书记', 'Secretary'),
  'deputy-secretary': t('副书记', 'Deputy secretary'),
  'committee-member': t('委员', 'Committee member'),
  member: t('党员', 'Party member'),
};

/** The association of a key, or undefined. */
export function associationOf(key: string): ChainAssociation | undefined {
  return ASSOCIATIONS.find((association) => association.key === key);
}
