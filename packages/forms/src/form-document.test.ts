import { describe, expect, it } from 'vitest';
import { displayValue } from './display-value';
import { FIELD_KINDS, fieldMetaOf } from './field-meta';
import { entryNodeOf, fieldsOf, formDocumentOf } from './form-document';
import { localeOf } from './localized-text';
import { householdForm } from './test-form';
import { mapFields, visitFields } from './visit-fields';

const document = formDocumentOf(householdForm);

describe('formDocumentOf', () => {
  it('carries every field kind in the JSON Schema, with units and option labels', () => {
    const properties = document.jsonSchema.properties ?? {};
    const kinds = new Set(Object.values(properties).map((node) => fieldMetaOf(node)?.kind));
    expect([...kinds].sort()).toEqual([...FIELD_KINDS].sort());
    expect(properties.people).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 20,
      'x-cunshe': { kind: 'integer', unit: { 'zh-CN': '人', en: 'people' } },
    });
    expect(properties.housing).toMatchObject({ enum: ['own', 'rent'], 'x-cunshe': { kind: 'choice' } });
    expect(properties.photo?.['x-cunshe']).toMatchObject({
      accept: ['image/png', 'image/jpeg'],
      maxBytes: 1024,
    });
    expect(document.jsonSchema.required).toContain('idNumber');
    expect(document.jsonSchema.required).not.toContain('photo');
  });

  it('keeps the field order when stored as jsonb, which sorts object keys', () => {
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
                .map(([k, v]) => [k, sortKeys(v)]),
            )
          : value;
    const stored = sortKeys(document) as typeof document;
    expect(Object.keys(stored.jsonSchema.properties ?? {})[0]).not.toBe('name');
    expect(fieldsOf(stored, stored.jsonSchema).map((f) => f.name)).toEqual(
      fieldsOf(document, document.jsonSchema).map((f) => f.name),
    );
    const ids = visitFields(stored.jsonSchema, { members: [{ idNumber: 'b' }], idNumber: 'a' });
    expect(ids.map((f) => f.path)).toEqual(['idNumber', 'members.0.idNumber']);
  });

  it('keeps the version, station and due time of the form', () => {
    expect(document).toMatchObject({ key: 'household', version: 1, station: 'help-station', dueInHours: 72 });
    expect(document.isServiceRequest).toBe(true);
  });

  it('orders fields by hint, then as declared, with their labels', () => {
    const names = fieldsOf(document, document.jsonSchema).map((f) => f.name);
    expect(names.slice(-2)).toEqual(['housing', 'rentFrom']);
    expect(names[0]).toBe('name');
    const members = fieldsOf(document, document.jsonSchema).find((f) => f.name === 'members');
    const entry = members && entryNodeOf(members);
    expect(entry && fieldsOf(document, entry, 'members').map((f) => f.label.en)).toEqual([
      'Name',
      'Relation',
      'ID number',
    ]);
  });
});

describe('walking and showing values', () => {
  const data = {
    idNumber: '11010519491231002X',
    members: [
      { name: '李四', relation: 'spouse', idNumber: '36102919850601001X' },
      { name: '张小', relation: 'child' },
    ],
  };

  it('visits ID numbers at the top and in every group entry', () => {
    const ids = visitFields(document.jsonSchema, data).filter((f) => f.meta.kind === 'resident-id');
    expect(ids.map((f) => [f.path, f.fieldPath])).toEqual([
      ['idNumber', 'idNumber'],
      ['members.0.idNumber', 'members.idNumber'],
    ]);
  });

  it('replaces values without touching the input', () => {
    const masked = mapFields(document.jsonSchema, data, (f) =>
      f.meta.kind === 'resident-id' ? 'masked' : undefined,
    ) as typeof data;
    expect(masked.idNumber).toBe('masked');
    expect(masked.members[0]?.idNumber).toBe('masked');
    expect(masked.members[1]).toEqual({ name: '张小', relation: 'child' });
    expect(data.idNumber).toBe('11010519491231002X');
  });

  it('shows values as a reader wants them, in either language', () => {
    const p = document.jsonSchema.properties ?? {};
    const show = (name: string, value: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') =>
      displayValue(document, p[name] ?? {}, value, locale, name);
    expect(show('people', 3)).toBe('3 人');
    expect(show('land', 2.5, 'en')).toBe('2.5 mu');
    expect(show('housing', 'rent')).toBe('租住');
    expect(show('needs', ['insurance', 'work'])).toBe('医保、就业');
    expect(show('needs', ['insurance', 'work'], 'en')).toBe('Medical insurance, Work');
    expect(show('isPoor', true)).toBe('是');
    expect(show('isPoor', false, 'en')).toBe('No');
    expect(show('address', { group: '一组', detail: '12 号' })).toBe('一组 12 号');
    expect(show('photo', [{ id: 'x', name: 'a.png' }])).toBe('a.png');
    expect(show('members', data.members)).toBe(
      '1. 姓名：李四；关系：配偶；身份证号码：36102919850601001X\n2. 姓名：张小；关系：子女',
    );
  });
});

describe('localeOf', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5, zh;q=0.4', 'en'],
    ['en;q=0.3, zh-TW', 'zh-CN'],
  ])('reads %s as %s', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });
});
