/** One route as the app registered it: method and Hono path (`/api/users/:id`). */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/**
 * Every `/api` route of a Hono app, from `app.routes`: middleware (method `ALL`, e.g. `app.use`) and
 * catch-alls are left out, and a route registered with several handlers (route middleware, validators,
 * the handler) counts once. New core and plugin routes appear here without anyone listing them.
 */
export function registeredRoutes(app: {
  routes: readonly { method: string; path: string }[];
}): RegisteredRoute[] {
  const seen = new Map<string, RegisteredRoute>();
  for (const { method, path } of app.routes) {
    if (method === 'ALL' || !path.startsWith('/api/') || path.endsWith('*')) continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

/** The names of a Hono path's parameters (`/api/users/:id{[0-9a-f-]+}` → `['id']`). */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g)].map((m) => m[1] ?? '');
}

/** A Hono path with each parameter replaced by `fill(name)`, URL-encoded. */
export function fillPath(path: string, fill: (name: string) => string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, (_, name: string) =>
    encodeURIComponent(fill(name)),
  );
}

/** The OpenAPI form of a Hono path (`/api/users/:id` → `/api/users/{id}`). */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');
}
