import type { LocalizedText, ServiceStation } from '@cunshe/plugin-sdk';

/*
 * 集镇型村落社区, the seed's 虎圩乡陈桥村 (paragraph 城乡一体，创新模式): "该村离县城较远，农民办事很不方便，村委会大楼
 * 设立了便民服务点和流动党员服务点，有效提供便民服务。" Floating members are managed as the seed says (三是夯基础):
 * "对流动党员要实行《流动党员活动证》制度，采用直管、协管、代管等方法".
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const service = (key: string, zh: string, en: string) => ({ key, name: t(zh, en) });

/** Matters the convenience point takes to the county town (代办). */
export const AGENCY_MATTERS = [
  'household-and-id',
  'social-and-medical-insurance',
  'civil-affairs',
  'farm-subsidies',
  'land-and-housing',
  'other',
] as const;

/** One of {@link AGENCY_MATTERS}. */
export type AgencyMatter = (typeof AGENCY_MATTERS)[number];

/** The labels of {@link AGENCY_MATTERS}. */
export const AGENCY_MATTER_LABELS: Record<AgencyMatter, LocalizedText> = {
  'household-and-id': t('户籍和身份证', 'Household registration and ID cards'),
  'social-and-medical-insurance': t('社保医保', 'Social and medical insurance'),
  'civil-affairs': t('民政救助', 'Civil affairs and relief'),
  'farm-subsidies': t('农业补贴', 'Farm subsidies'),
  'land-and-housing': t('土地和建房', 'Land and house building'),
  other: t('其他事项', 'Other matters'),
};

/** The stages of an agency request: received, sent to the county office, result back, returned (or cancelled). */
export const AGENCY_STAGES = ['received', 'sent', 'result-back', 'returned', 'cancelled'] as const;

/** One of {@link AGENCY_STAGES}. */
export type AgencyStage = (typeof AGENCY_STAGES)[number];

/** The labels of {@link AGENCY_STAGES}. */
export const AGENCY_STAGE_LABELS: Record<AgencyStage, LocalizedText> = {
  received: t('已收件', 'Received'),
  sent: t('已送县直部门', 'Sent to the county office'),
  'result-back': t('结果已带回', 'Result back'),
  returned: t('已交还村民', 'Returned to the villager'),
  cancelled: t('已撤销', 'Cancelled'),
};

/** How floating members are managed (直管、协管、代管). */
export const MANAGEMENT_MODES = ['direct', 'joint', 'proxy'] as const;

/** One of {@link MANAGEMENT_MODES}. */
export type ManagementMode = (typeof MANAGEMENT_MODES)[number];

/** The labels of {@link MANAGEMENT_MODES}. */
export const MANAGEMENT_LABELS: Record<ManagementMode, LocalizedText> = {
  direct: t('直管', 'Managed directly'),
  joint: t('协管', 'Managed jointly'),
  proxy: t('代管', 'Managed by proxy'),
};

/** A service point of the market-town model. */
export interface MarketTownPoint extends ServiceStation {
  key: 'convenience-point' | 'floating-member-point';
}

/** The two service points in the committee building. */
export const SERVICE_POINTS: MarketTownPoint[] = [
  {
    key: 'convenience-point',
    name: t('便民服务点', 'Convenience service point'),
    category: 'convenience-point',
    services: [
      service('agency', '代办县城办理事项', 'Taking matters to the county town (代办)'),
      ...AGENCY_MATTERS.filter((m) => m !== 'other').map((m) => ({
        key: m,
        name: AGENCY_MATTER_LABELS[m],
      })),
    ],
  },
  {
    key: 'floating-member-point',
    name: t('流动党员服务点', 'Floating party member service point'),
    category: 'floating-member-point',
    services: [
      service('registration', '流动党员登记', 'Registering floating members'),
      service('check-in', '异地报到', 'Checking in from elsewhere'),
      service('activity-records', '活动记录', 'Activity records'),
      service('activity-certificate', '《流动党员活动证》', 'Floating party member activity certificate'),
    ],
  },
];
