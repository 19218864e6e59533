import { describe, expect, it } from 'vitest';
import { diffDivisions } from './diff-divisions';

describe('diffDivisions', () => {
  const held = [
    { code: '1', name: 'a', isRetired: false },
    { code: '2', name: 'b', isRetired: false },
    { code: '3', name: 'c', isRetired: false },
    { code: '4', name: 'd', isRetired: true },
    { code: '5', name: 'e', isRetired: true },
  ];

  it('adds, renames, restores and retires by code', () => {
    const diff = diffDivisions(held, [
      { code: '1', name: 'a' },
      { code: '2', name: 'B' },
      { code: '4', name: 'd' },
      { code: '6', name: 'f' },
    ]);
    expect(diff).toEqual({
      added: [{ code: '6', name: 'f' }],
      renamed: [{ code: '2', name: 'B' }],
      restored: [{ code: '4', name: 'd' }],
      retired: ['3'],
      unchanged: 2,
    });
  });

  it('finds nothing to do against the same source', () => {
    const diff = diffDivisions(held, [
      { code: '1', name: 'a' },
      { code: '2', name: 'b' },
      { code: '3', name: 'c' },
    ]);
    expect(diff).toMatchObject({ added: [], renamed: [], restored: [], retired: [], unchanged: 5 });
  });
});
