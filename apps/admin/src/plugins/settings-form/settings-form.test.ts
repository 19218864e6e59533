import { describe, expect, it } from 'vitest';
import type { ResolvedSettings } from '../plugins-api';
import { currentValueOf, draftOf, inheritedOf, isDraftChanged, sourceOf, valuesOf } from './settings-draft';
import { labelFromKey, settingFieldsOf } from './settings-schema';

// What z.toJSONSchema(schema, { io: 'input' }) writes for a plugin's settings object.
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    meetingDay: { type: 'string', minLength: 1, maxLength: 100, default: '每月 5 日' },
    fee: { type: 'integer', minimum: 0, maximum: 9007199254740991, default: 10 },
    ratio: { type: 'number', title: { 'zh-CN': '比例', en: 'Ratio' } },
    hasBranch: { type: 'boolean', default: false, description: '是否设党支部' },
    crop: {
      type: 'string',
      enum: ['tea', 'silk'],
      'x-cunshe': {
        kind: 'choice',
        options: [
          { value: 'tea', label: { 'zh-CN': '茶叶', en: 'Tea' } },
          { value: 'silk', label: { 'zh-CN': '蚕桑', en: 'Silk' } },
        ],
      },
    },
    note: {
      anyOf: [{ type: 'string' }, { type: 'null' }],
      title: 'note',
      'x-cunshe-label': { 'zh-CN': '备注', en: 'Note' },
      'x-cunshe-hint': { 'zh-CN': '写给村民看', en: 'Shown to villagers' },
    },
    tags: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
};

const fields = settingFieldsOf(schema);
const field = (key: string) => {
  const found = fields.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

const settings: ResolvedSettings = {
  values: { meetingDay: '每月 1 日', fee: 20, hasBranch: false, crop: 'tea', ratio: 0.5 },
  sources: { meetingDay: 'township', fee: 'village', hasBranch: 'default', crop: 'county', ratio: 'default' },
  levels: {
    county: { crop: 'tea', meetingDay: '每月 9 日' },
    township: { meetingDay: '每月 1 日' },
    village: { fee: 20 },
  },
};

describe('settingFieldsOf', () => {
  it('reads each property with its kind, default, bounds and labels, in order', () => {
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['meetingDay', 'text'],
      ['fee', 'integer'],
      ['ratio', 'number'],
      ['hasBranch', 'boolean'],
      ['crop', 'choice'],
      ['note', 'text'],
      ['tags', 'unsupported'],
    ]);
    expect(field('meetingDay')).toMatchObject({ default: '每月 5 日', minLength: 1, maxLength: 100 });
    expect(field('ratio').title).toEqual({ 'zh-CN': '比例', en: 'Ratio' });
    expect(field('hasBranch').description).toBe('是否设党支部');
    expect(field('note')).toMatchObject({
      title: { 'zh-CN': '备注', en: 'Note' },
      description: { 'zh-CN': '写给村民看', en: 'Shown to villagers' },
    });
    expect(field('crop').options).toEqual([
      { value: 'tea', label: { 'zh-CN': '茶叶', en: 'Tea' } },
      { value: 'silk', label: { 'zh-CN': '蚕桑', en: 'Silk' } },
    ]);
  });

  it('follows x-cunshe-order and answers nothing for a plugin without settings', () => {
    const ordered = settingFieldsOf({ ...schema, 'x-cunshe-order': ['crop', 'fee'] });
    expect(ordered.slice(0, 3).map((f) => f.key)).toEqual(['crop', 'fee', 'meetingDay']);
    expect(settingFieldsOf(null)).toEqual([]);
  });

  it('makes a label of a key without a title', () => {
    expect(labelFromKey('helpStationHours')).toBe('Help station hours');
    expect(labelFromKey('opening_hours')).toBe('Opening hours');
  });
});

describe('the settings draft', () => {
  it('starts from the village’s own values, numbers as text', () => {
    expect(draftOf(fields, settings.levels.village)).toEqual({ fee: '20' });
  });

  it('tells where each value comes from: village, then township, county, default', () => {
    const draft = draftOf(fields, settings.levels.village);
    expect(sourceOf(field('fee'), draft, settings)).toBe('village');
    expect(sourceOf(field('meetingDay'), draft, settings)).toBe('township');
    expect(sourceOf(field('crop'), draft, settings)).toBe('county');
    expect(sourceOf(field('hasBranch'), draft, settings)).toBe('default');
    expect(inheritedOf(field('fee'), settings)).toEqual({ value: 10, source: 'default' });
    expect(currentValueOf(field('meetingDay'), { meetingDay: '每周一' }, settings)).toBe('每周一');
    expect(currentValueOf(field('meetingDay'), {}, settings)).toBe('每月 1 日');
  });

  it('sends numbers as numbers and refuses text that is not one', () => {
    expect(valuesOf(fields, { fee: ' 30 ', meetingDay: '每周一', hasBranch: true })).toEqual({
      values: { fee: 30, meetingDay: '每周一', hasBranch: true },
      errors: {},
    });
    expect(valuesOf(fields, { fee: '3.5', ratio: 'abc' }).errors).toEqual({
      fee: { code: 'notInteger' },
      ratio: { code: 'notNumber' },
    });
    expect(valuesOf(fields, { fee: '' }).errors).toEqual({ fee: { code: 'notNumber' } });
  });

  it('checks the schema’s bounds before sending, on the trimmed text', () => {
    expect(valuesOf(fields, { meetingDay: '   ', fee: '-1' }).errors).toEqual({
      meetingDay: { code: 'required' },
      fee: { code: 'tooSmall', limit: 0 },
    });
    expect(valuesOf(fields, { meetingDay: '日'.repeat(101) }).errors).toEqual({
      meetingDay: { code: 'tooLong', limit: 100 },
    });
    expect(valuesOf(fields, { meetingDay: '日'.repeat(100) }).errors).toEqual({});
  });

  it('knows when the draft differs from what is saved', () => {
    expect(isDraftChanged(fields, { fee: '20' }, settings)).toBe(false);
    expect(isDraftChanged(fields, { fee: '21' }, settings)).toBe(true);
    expect(isDraftChanged(fields, {}, settings)).toBe(true);
  });
});
