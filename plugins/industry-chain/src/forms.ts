import { defineForm, fields, type LocalizedText } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { ASSOCIATIONS, type ChainAssociation } from './catalogue';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** What each association asks about the size of a member's business. */
const SCALE_HINT: Record<ChainAssociation['key'], LocalizedText> = {
  'practical-tech-talent': t('如：农机维修、果树嫁接，从业 10 年', 'e.g. farm machinery repair, 10 years'),
  'private-economy': t('如：竹木加工厂，员工 30 人', 'e.g. bamboo workshop, 30 workers'),
  sericulture: t('如：桑园 12 亩，年养蚕 8 张', 'e.g. 12 mu of mulberry, 8 boxes of eggs a year'),
  'pig-farming': t('如：存栏 300 头，能繁母猪 30 头', 'e.g. 300 pigs, 30 breeding sows'),
};

/** 入会申请 for one association: a submission lands with that association (its `station`). */
export function joinFormOf(association: ChainAssociation) {
  return defineForm({
    key: `join-${association.key}`,
    version: 1,
    title: t(`${association.name['zh-CN']}入会申请`, `Joining the ${association.name.en.toLowerCase()}`),
    station: association.key,
    workflow: { dueInHours: 168 },
    schema: z.object({
      scale: fields.text({ maxLength: 100 }),
      experienceYears: fields.integer({ min: 0, max: 70, unit: t('年', 'years') }),
      isPartyMember: fields.yesNo(),
      reason: fields.longText({ maxLength: 500 }).optional(),
    }),
    labels: {
      scale: t('从业情况或经营规模', 'Trade or size of business'),
      experienceYears: t('从业年限', 'Years in the trade'),
      isPartyMember: t('是否党员', 'Party member'),
      reason: t('入会理由', 'Why join'),
    },
    hints: { scale: { placeholder: SCALE_HINT[association.key] } },
  });
}

/** 技术求助 to one association: a farmer's problem goes to the association that knows the trade. */
export function technicalHelpFormOf(association: ChainAssociation) {
  return defineForm({
    key: `technical-help-${association.key}`,
    version: 1,
    title: t(
      `向${association.name['zh-CN']}技术求助`,
      `Technical help from the ${association.name.en.toLowerCase()}`,
    ),
    station: association.key,
    workflow: { dueInHours: 48 },
    schema: z.object({
      subject: fields.text({ maxLength: 60 }),
      problem: fields.longText({ maxLength: 2000 }),
      urgency: fields.choice([
        { value: 'normal', label: t('一般', 'Normal') },
        { value: 'urgent', label: t('紧急（已有损失）', 'Urgent (losses already)') },
      ]),
      wantsVisit: fields.yesNo(),
      photos: fields.attachment({ accept: ['image/jpeg', 'image/png'], maxFiles: 3 }).optional(),
    }),
    labels: {
      subject: t('求助事项', 'Subject'),
      problem: t('问题描述', 'The problem'),
      urgency: t('紧急程度', 'Urgency'),
      wantsVisit: t('是否需要上门', 'Visit wanted'),
      photos: t('现场照片', 'Photos'),
    },
    hints: {
      subject: { placeholder: t('如：蚕病、母猪产后不食', 'e.g. silkworm disease, a sow off her feed') },
    },
  });
}

/** Every form of the plugin: a join form and a technical-help form per association. */
export const industryChainForms = ASSOCIATIONS.flatMap((association) => [
  joinFormOf(association),
  technicalHelpFormOf(association),
]);
