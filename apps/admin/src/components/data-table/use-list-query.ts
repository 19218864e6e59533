import { useSearchParams } from '@solidjs/router';
import { type Accessor, createMemo } from 'solid-js';
import { defaultPageSize, type ListQuery, type ListQueryPatch, parseListQuery } from './list-query';

/**
 * Keeps a `ListQuery` in the URL's search params, so a reload or a shared link shows the same list.
 * Defaults (page 1, the default page size, empty search) are left out of the URL.
 */
export function useListQuery(filterParams: Accessor<readonly string[]>): {
  query: Accessor<ListQuery>;
  update: (patch: ListQueryPatch) => void;
} {
  const [params, setParams] = useSearchParams();
  const query = createMemo(() => parseListQuery(params, filterParams()));

  const update = (patch: ListQueryPatch): void => {
    const page = patch.page ?? 1;
    const pageSize = patch.pageSize ?? query().pageSize;
    setParams({
      ...patch.filters,
      ...(patch.q === undefined ? {} : { q: patch.q.trim() || undefined }),
      page: page === 1 ? undefined : page,
      pageSize: pageSize === defaultPageSize ? undefined : pageSize,
    });
  };

  return { query, update };
}
