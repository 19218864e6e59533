import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { marketTownSettings } from './settings';

const bilingual = { 'zh-CN': expect.stringMatching(/\p{Script=Han}/u), en: expect.stringMatching(/^[A-Z]/) };

describe('the settings of the plugin', () => {
  // The admin reads these two keys of the settings' JSON Schema (as the host sends it) for each field.
  it('label and explain every field in Chinese with English beside it', () => {
    const schema = z.toJSONSchema(marketTownSettings, { io: 'input' }) as {
      properties: Record<string, Record<string, unknown>>;
    };
    const fields = Object.entries(schema.properties);
    expect(fields.length).toBe(Object.keys(marketTownSettings.shape).length);
    for (const [key, field] of fields) {
      expect({ key, label: field['x-cunshe-label'], hint: field['x-cunshe-hint'] }).toEqual({
        key,
        label: bilingual,
        hint: bilingual,
      });
    }
  });
});
