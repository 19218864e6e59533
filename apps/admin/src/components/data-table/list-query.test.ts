import { describe, expect, it } from 'vitest';
import { parseListQuery, toListSearch } from './list-query';

describe('parseListQuery', () => {
  it('defaults to page 1 of 20 with no search and no filters', () => {
    expect(parseListQuery({}, ['type'])).toEqual({ q: '', page: 1, pageSize: 20, filters: {} });
  });

  it('reads search, page, page size and only the declared filters', () => {
    const params = { q: ' 东乡 ', page: '3', pageSize: '50', type: 'suburban', other: 'x' };
    expect(parseListQuery(params, ['type', 'township'])).toEqual({
      q: '东乡',
      page: 3,
      pageSize: 50,
      filters: { type: 'suburban' },
    });
  });

  it('keeps page and page size within what the API accepts', () => {
    expect(parseListQuery({ page: '0', pageSize: '500' }, [])).toMatchObject({ page: 1, pageSize: 100 });
    expect(parseListQuery({ page: '2.5', pageSize: 'abc' }, [])).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe('toListSearch', () => {
  it('always names page and page size, and search and filters when set', () => {
    expect(toListSearch({ q: '', page: 1, pageSize: 20, filters: {} })).toBe('?page=1&pageSize=20');
    expect(toListSearch({ q: '村', page: 2, pageSize: 20, filters: { type: 'industrial' } })).toBe(
      '?q=%E6%9D%91&page=2&pageSize=20&type=industrial',
    );
  });
});
