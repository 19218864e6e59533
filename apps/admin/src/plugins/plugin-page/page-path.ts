/** A page path as plugins write it: `/` or `/members` (leading slash, no trailing one). */
export function normalizePagePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return `/${trimmed}`;
}

/** The page of a plugin whose `path` matches the rest of the address (`''` or `members/`), if any. */
export function findPage<T extends { path: string }>(
  pages: readonly T[],
  rest: string | undefined,
): T | undefined {
  const wanted = normalizePagePath(rest ?? '');
  return pages.find((page) => normalizePagePath(page.path) === wanted);
}

/** The address of a plugin's page, keeping a chosen village (`?village=`) when there is one. */
export function pluginPageHref(pluginId: string, path: string, search = ''): string {
  const page = normalizePagePath(path);
  return `/plugins/${pluginId}${page === '/' ? '' : page}${search}`;
}
