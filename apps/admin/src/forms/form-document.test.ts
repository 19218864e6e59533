import { describe, expect, it } from 'vitest';
import { type FormDocument, fieldsOf, isShown, labelOf } from './form-document';

const document: FormDocument = {
  key: 'household',
  version: 1,
  title: { 'zh-CN': '登记', en: 'Registration' },
  description: null,
  station: null,
  isServiceRequest: true,
  dueInHours: 72,
  // As stored in jsonb: keys sorted, the schema's order kept in x-cunshe-order.
  jsonSchema: {
    type: 'object',
    properties: {
      name: { type: 'string', 'x-cunshe': { kind: 'text' } },
      people: { type: 'integer', 'x-cunshe': { kind: 'integer', unit: { 'zh-CN': '人', en: 'people' } } },
      housing: { type: 'string', 'x-cunshe': { kind: 'choice' } },
      rentFrom: { type: 'string', 'x-cunshe': { kind: 'text' } },
    },
    required: ['name', 'housing'],
    'x-cunshe-order': ['rentFrom', 'people', 'name', 'housing'],
  },
  labels: {
    name: { 'zh-CN': '姓名', en: 'Name' },
    people: { 'zh-CN': '人口', en: 'People' },
  },
  hints: { rentFrom: { order: 10, showWhen: { field: 'housing', equals: 'rent' } } },
  sections: [],
};

describe('form documents in the admin', () => {
  it('orders fields by hint, then by the recorded schema order', () => {
    expect(fieldsOf(document, document.jsonSchema).map((f) => f.name)).toEqual([
      'people',
      'name',
      'housing',
      'rentFrom',
    ]);
  });

  it('labels numbers with their unit, in either language', () => {
    const people = fieldsOf(document, document.jsonSchema).find((f) => f.name === 'people');
    expect(people && labelOf(people, 'zh-CN')).toBe('人口（人）');
    expect(people && labelOf(people, 'en')).toBe('People (people)');
  });

  it('shows a conditional field only when its condition holds', () => {
    const condition = { field: 'housing', equals: 'rent' } as const;
    expect(isShown(condition, { housing: 'rent' })).toBe(true);
    expect(isShown(condition, { housing: 'own' })).toBe(false);
    expect(isShown({ field: 'needs', in: ['work'] }, { needs: ['pension', 'work'] })).toBe(true);
    expect(isShown(undefined, {})).toBe(true);
  });
});
