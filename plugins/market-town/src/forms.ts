import { defineForm, fields, type LocalizedText } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { AGENCY_MATTER_LABELS, AGENCY_MATTERS } from './catalogue';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * 代办申请: a villager leaves a matter that must be handled in the county town with the convenience point.
 * Each submission is a service request; the plugin tracks its trip (received, sent, result back, returned).
 */
export const agencyRequestForm = defineForm({
  key: 'agency-request',
  version: 1,
  title: t('代办申请', 'Agency request'),
  description: t(
    '村民不必进城：便民服务点代为送县直部门办理，结果带回后交还村民。',
    'The villager need not go to town: the point takes the matter to the county office and brings the result back.',
  ),
  station: 'convenience-point',
  workflow: { dueInHours: 240 },
  schema: z.object({
    matter: fields.choice(AGENCY_MATTERS.map((value) => ({ value, label: AGENCY_MATTER_LABELS[value] }))),
    description: fields.longText({ maxLength: 1000 }),
    documents: fields.text({ maxLength: 200 }),
    hasLeftOriginals: fields.yesNo(),
    neededBy: fields.date({ min: 'today' }).optional(),
  }),
  labels: {
    matter: t('代办事项', 'Matter'),
    description: t('具体要求', 'What to do'),
    documents: t('交来的材料', 'Documents handed over'),
    hasLeftOriginals: t('是否留存原件', 'Originals left with the point'),
    neededBy: t('最迟办结日期', 'Needed by'),
  },
  hints: {
    documents: { placeholder: t('如：户口本、身份证复印件两份', 'e.g. household register, two ID copies') },
  },
});

/** 流动党员登记: a party member leaving to work elsewhere registers with the floating member point. */
export const floatingMemberRegistrationForm = defineForm({
  key: 'floating-member-registration',
  version: 1,
  title: t('流动党员登记', 'Floating party member registration'),
  station: 'floating-member-point',
  workflow: { dueInHours: 168 },
  schema: z.object({
    destination: fields.text({ maxLength: 60 }),
    work: fields.text({ maxLength: 60 }),
    leavesOn: fields.date(),
    contactMobile: fields.mobile(),
    wantsCertificate: fields.yesNo(),
  }),
  labels: {
    destination: t('外出地点', 'Going to'),
    work: t('从事工作', 'Work'),
    leavesOn: t('外出日期', 'Leaving on'),
    contactMobile: t('联系电话', 'Contact mobile'),
    wantsCertificate: t('是否申领《流动党员活动证》', 'Wants the activity certificate'),
  },
});

/** The forms of the market-town model. */
export const marketTownForms = [agencyRequestForm, floatingMemberRegistrationForm];
