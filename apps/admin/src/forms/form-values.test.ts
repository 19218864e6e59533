import { describe, expect, it } from 'vitest';
import { numberValue, valueAt, withValueAt } from './form-values';

describe('form values', () => {
  it('sets a value deep in groups without touching the original', () => {
    const values = { name: '张三', members: [{ name: '李四' }] };
    const next = withValueAt(values, ['members', 1, 'name'], '王五');
    expect(next).toEqual({ name: '张三', members: [{ name: '李四' }, { name: '王五' }] });
    expect(values.members).toHaveLength(1);
    expect(valueAt(next, ['members', 1, 'name'])).toBe('王五');
  });

  it('removes a value set to undefined', () => {
    expect(withValueAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
  });

  it('reads typed numbers', () => {
    expect(numberValue(' 2.5 ')).toBe(2.5);
    expect(numberValue('')).toBeUndefined();
    expect(numberValue('三')).toBe('三');
  });
});
