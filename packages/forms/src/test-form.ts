import { z } from 'zod';
import { fields } from './fields';
import type { FormDefinition } from './form-definition';

const relation = [
  { value: 'spouse', label: { 'zh-CN': '配偶', en: 'Spouse' } },
  { value: 'child', label: { 'zh-CN': '子女', en: 'Child' } },
  { value: 'parent', label: { 'zh-CN': '父母', en: 'Parent' } },
] as const;

/** A form with one field of every kind, a condition and a repeating group: the fixture of the tests. */
export const householdForm = {
  key: 'household',
  version: 1,
  title: { 'zh-CN': '户籍信息登记', en: 'Household registration' },
  station: 'help-station',
  workflow: { dueInHours: 72 },
  schema: z.object({
    name: fields.text({ maxLength: 20 }),
    note: fields.longText({ maxLength: 200 }).optional(),
    people: fields.integer({ min: 1, max: 20, unit: { 'zh-CN': '人', en: 'people' } }),
    land: fields.decimal({ scale: 1, max: 1000, unit: { 'zh-CN': '亩', en: 'mu' } }).optional(),
    movedInOn: fields.date({ min: '1950-01-01', max: 'today' }),
    housing: fields.choice([
      { value: 'own', label: { 'zh-CN': '自有', en: 'Owned' } },
      { value: 'rent', label: { 'zh-CN': '租住', en: 'Rented' } },
    ]),
    rentFrom: fields.text().optional(),
    needs: fields.multipleChoice(
      [
        { value: 'insurance', label: { 'zh-CN': '医保', en: 'Medical insurance' } },
        { value: 'pension', label: { 'zh-CN': '养老', en: 'Pension' } },
        { value: 'work', label: { 'zh-CN': '就业', en: 'Work' } },
      ],
      { maxItems: 2 },
    ),
    isPoor: fields.yesNo(),
    phone: fields.mobile(),
    idNumber: fields.residentId(),
    address: fields.address({ groups: ['一组', '二组'] }),
    photo: fields.attachment({ accept: ['image/png', 'image/jpeg'], maxBytes: 1024 }).optional(),
    members: fields.group(
      { name: fields.text(), relation: fields.choice(relation), idNumber: fields.residentId().optional() },
      { minItems: 1, maxItems: 5 },
    ),
  }),
  labels: {
    name: { 'zh-CN': '户主姓名', en: 'Head of household' },
    note: { 'zh-CN': '备注', en: 'Note' },
    people: { 'zh-CN': '人口', en: 'People' },
    land: { 'zh-CN': '承包地', en: 'Contracted land' },
    movedInOn: { 'zh-CN': '迁入日期', en: 'Moved in on' },
    housing: { 'zh-CN': '住房', en: 'Housing' },
    rentFrom: { 'zh-CN': '房东', en: 'Landlord' },
    needs: { 'zh-CN': '需求', en: 'Needs' },
    isPoor: { 'zh-CN': '是否低保户', en: 'Receives minimum living allowance' },
    phone: { 'zh-CN': '联系电话', en: 'Phone' },
    idNumber: { 'zh-CN': '身份证号码', en: 'ID number' },
    address: { 'zh-CN': '住址', en: 'Address' },
    photo: { 'zh-CN': '照片', en: 'Photo' },
    members: { 'zh-CN': '家庭成员', en: 'Household members' },
    'members.name': { 'zh-CN': '姓名', en: 'Name' },
    'members.relation': { 'zh-CN': '关系', en: 'Relation' },
    'members.idNumber': { 'zh-CN': '身份证号码', en: 'ID number' },
  },
  hints: {
    rentFrom: { showWhen: { field: 'housing', equals: 'rent' }, isRequiredWhenShown: true, order: 61 },
    housing: { widget: 'radio', order: 60, section: 'home' },
    note: { widget: 'textarea', help: { 'zh-CN': '其他情况', en: 'Anything else' } },
  },
  sections: [{ key: 'home', title: { 'zh-CN': '住房', en: 'Home' } }],
} satisfies FormDefinition;

/** A valid answer to {@link householdForm}. */
export const householdAnswer = {
  name: ' 张三 ',
  people: 3,
  movedInOn: '2001-05-01',
  housing: 'own',
  needs: ['insurance'],
  isPoor: false,
  phone: '+86 138-0013-8000',
  idNumber: '11010519491231002x',
  address: { group: '一组', detail: '12 号' },
  members: [{ name: '李四', relation: 'spouse' }],
};
