import { describe, expect, it } from 'vitest';
import { countiesNamed, countiesNearCode } from './suggest-counties';

const counties = [
  { code: '110101', name: '东城区' },
  { code: '120119', name: '蓟州区' },
  { code: '361002', name: '临川区' },
  { code: '361003', name: '东乡区' },
  { code: '361021', name: '南城县' },
  { code: '622926', name: '东乡族自治县' },
  { code: '659012', name: '白杨市' },
];

const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('countiesNearCode', () => {
  it('prefers the longest shared prefix, then the nearest value', () => {
    expect(codes(countiesNearCode(counties, '36100x'))).toEqual(['361002', '361003']);
    expect(codes(countiesNearCode(counties, '361030'))).toEqual(['361021', '361003', '361002']);
  });

  it('finds the county of a township or village code', () => {
    expect(codes(countiesNearCode(counties, '361003100209'))).toEqual(['361003']);
  });

  it('falls back to the nearest value when no digit matches', () => {
    expect(codes(countiesNearCode(counties, '999999', 1))).toEqual(['659012']);
  });
});

describe('countiesNamed', () => {
  it('ranks the same name, then the same stem, then containing names', () => {
    expect(codes(countiesNamed(counties, '东乡区'))).toEqual(['361003', '622926']);
    expect(codes(countiesNamed(counties, '东乡县'))).toEqual(['361003', '622926']);
  });

  it('finds nothing for an unknown name', () => {
    expect(countiesNamed(counties, '不存在')).toEqual([]);
  });
});
