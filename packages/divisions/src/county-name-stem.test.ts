import { describe, expect, it } from 'vitest';
import { countyNameStem } from './county-name-stem';

describe('countyNameStem', () => {
  it.each([
    ['东乡县', '东乡'],
    ['东乡区', '东乡'],
    ['瑞金市', '瑞金'],
    ['长阳土家族自治县', '长阳土家族'],
    ['鄂温克族自治旗', '鄂温克族'],
    ['神农架林区', '神农架'],
    ['六枝特区', '六枝'],
    ['达尔罕茂明安联合旗', '达尔罕茂明安联合'],
  ])('%s -> %s', (name, stem) => {
    expect(countyNameStem(name)).toBe(stem);
  });

  it('keeps a name that is only a suffix', () => {
    expect(countyNameStem('县')).toBe('县');
  });
});
