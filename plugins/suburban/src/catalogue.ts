import type { Association, LocalizedText, ServiceStation } from '@cunshe/plugin-sdk';

/*
 * 城郊型村落社区, the seed's 邓家乡上杨村 (paragraph 城乡一体，创新模式): "村委会办公场所配套设施较齐全，大楼设有各类
 * 服务群众办公室。成立了村落社区志愿者协会，能有效发挥社区服务功能。" The offices handle what the seed gathers in one
 * place (二是强龙头): "党员服务、民政、劳动就业、法律咨询、家政服务等职能集中办理"; the volunteers do what it names under
 * 立足服务: 社区志愿者服务队, 义务劳动, 党员奉献日, 结对帮扶, and 治安联防、卫生联管、环境联治.
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const service = (key: string, zh: string, en: string) => ({ key, name: t(zh, en) });

/** The offices serving villagers in the committee building. */
export const OFFICE_KEYS = [
  'party-member-service-office',
  'civil-affairs-office',
  'employment-office',
  'legal-advice-office',
  'housekeeping-office',
] as const;

/** One of {@link OFFICE_KEYS}. */
export type OfficeKey = (typeof OFFICE_KEYS)[number];

/** An office of the committee building. */
export interface Office extends ServiceStation {
  key: OfficeKey;
}

/** The offices, each with what it handles. */
export const OFFICES: Office[] = [
  {
    key: 'party-member-service-office',
    name: t('党员服务办公室', 'Party member service office'),
    category: 'room',
    services: [
      service('membership-transfer', '组织关系接转', 'Transferring party membership'),
      service('dues', '党费收缴', 'Party dues'),
      service('floating-members', '流动党员联系', 'Keeping in touch with floating members'),
    ],
  },
  {
    key: 'civil-affairs-office',
    name: t('民政办公室', 'Civil affairs office'),
    category: 'room',
    services: [
      service('subsistence-allowance', '低保申请', 'Subsistence allowance'),
      service('relief', '临时救助', 'Emergency relief'),
      service('elderly-allowance', '高龄补贴', 'Allowance for the very old'),
    ],
  },
  {
    key: 'employment-office',
    name: t('劳动就业办公室', 'Labour and employment office'),
    category: 'room',
    services: [
      service('employment-registration', '就业失业登记', 'Employment and unemployment registration'),
      service('job-introduction', '职业介绍', 'Job introduction'),
      service('skills-training', '技能培训报名', 'Skills training sign-up'),
    ],
  },
  {
    key: 'legal-advice-office',
    name: t('法律咨询办公室', 'Legal advice office'),
    category: 'room',
    services: [
      service('legal-advice', '法律咨询', 'Legal advice'),
      service('mediation', '人民调解', 'People’s mediation'),
    ],
  },
  {
    key: 'housekeeping-office',
    name: t('家政服务办公室', 'Housekeeping services office'),
    category: 'room',
    services: [
      service('housekeeping', '家政服务', 'Housekeeping services'),
      service('elder-care', '居家养老照料', 'Care for the elderly at home'),
    ],
  },
];

/** The village community volunteer association. */
export const VOLUNTEER_ASSOCIATION: Association = {
  key: 'volunteer-association',
  name: t('村落社区志愿者协会', 'Village community volunteer association'),
  hasPartyBranch: false,
  services: [
    service('volunteer-team', '社区志愿者服务队', 'Community volunteer team'),
    service('voluntary-labour', '义务劳动', 'Voluntary labour'),
    service('pairing-assistance', '结对帮扶', 'Pairing assistance'),
    service('dedication-day', '党员奉献日', 'Party members’ dedication day'),
  ],
};

/** Kinds of volunteer service, in the seed's words. */
export const SERVICE_KINDS = [
  'voluntary-labour',
  'pairing-assistance',
  'dedication-day',
  'elder-care',
  'environment',
  'public-security',
  'other',
] as const;

/** One of {@link SERVICE_KINDS}. */
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The labels of {@link SERVICE_KINDS}. */
export const SERVICE_KIND_LABELS: Record<ServiceKind, LocalizedText> = {
  'voluntary-labour': t('义务劳动', 'Voluntary labour'),
  'pairing-assistance': t('结对帮扶', 'Pairing assistance'),
  'dedication-day': t('党员奉献日', 'Dedication day'),
  'elder-care': t('助老助残', 'Helping the old and disabled'),
  environment: t('环境联治', 'Keeping the village clean'),
  'public-security': t('治安联防', 'Joint patrols'),
  other: t('其他', 'Other'),
};
