/** One page of a list, as every list endpoint of the API answers. */
export interface ListPage<T> {
  items: T[];
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** The server-side state of a list: search text, filters and the page asked for. */
export interface ListQuery {
  q: string;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Filter values by search param name; a filter that is not set is absent. */
  filters: Record<string, string>;
}

/** A change to a `ListQuery`; a change of anything but the page goes back to page 1. */
export type ListQueryPatch = Partial<Omit<ListQuery, 'filters'>> & {
  filters?: Record<string, string | undefined>;
};

/** The API's default page size. */
export const defaultPageSize = 20;

/** The largest page size the API accepts. */
export const maxPageSize = 100;

type RawParams = Partial<Record<string, string | string[]>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function positiveInteger(value: string, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
}

/** Reads a `ListQuery` from URL search params, keeping page and page size within what the API accepts. */
export function parseListQuery(params: RawParams, filterParams: readonly string[]): ListQuery {
  const filters: Record<string, string> = {};
  for (const param of filterParams) {
    const value = first(params[param]);
    if (value) filters[param] = value;
  }
  return {
    q: first(params.q).trim(),
    page: positiveInteger(first(params.page), 1),
    pageSize: Math.min(positiveInteger(first(params.pageSize), defaultPageSize), maxPageSize),
    filters,
  };
}

/**
 * The query string that asks the API for a `ListQuery`, e.g. `?q=东&page=2&pageSize=20&type=suburban`.
 *
 * @example
 * fetchPage: (query) => api<ListPage<Village>>(`/api/villages${toListSearch(query)}`)
 */
export function toListSearch(query: ListQuery): string {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  search.set('page', String(query.page));
  search.set('pageSize', String(query.pageSize));
  for (const [param, value] of Object.entries(query.filters)) search.set(param, value);
  return `?${search.toString()}`;
}
