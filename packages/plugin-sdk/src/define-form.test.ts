import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineForm, FormDefinitionError, fields } from './index';

describe('defineForm', () => {
  const form = {
    key: 'errand',
    version: 1,
    title: { 'zh-CN': '代办事项', en: 'Errand' },
    schema: z.object({ what: fields.text(), phone: fields.mobile() }),
    labels: { what: { 'zh-CN': '事项', en: 'What' }, phone: { 'zh-CN': '电话', en: 'Phone' } },
  };

  it('answers a good form as it is', () => {
    expect(defineForm(form)).toBe(form);
  });

  it('refuses a form whose field has no label or no kind, naming the form and the member', () => {
    const bad = {
      ...form,
      schema: z.object({ what: fields.text(), phone: fields.mobile(), extra: z.string() }),
      labels: { what: form.labels.what, extra: { 'zh-CN': '其他', en: 'Other' } },
    };
    expect(() => defineForm(bad)).toThrow(FormDefinitionError);
    expect(() => defineForm(bad)).toThrow(
      /Form "errand" cannot be used:\n {2}labels.phone: is missing\n {2}schema.extra: is not built with fields/,
    );
  });
});
