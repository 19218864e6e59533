import { InputError, NotAllowedError, NotFoundError, type PluginRequestContext } from '@cunshe/plugin-sdk';
import { z } from 'zod';

/**
 * Parses input with a zod schema.
 * @throws InputError whose `errors[]` name each bad field once, by its path (`attendance`, `place.detail`).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // One error per field: a malformed date, say, also fails its range check, which says nothing more.
  const errors = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.') || '(body)';
    if (!errors.has(path)) errors.set(path, issue.message);
  }
  throw new InputError(
    'The request has invalid fields.',
    [...errors].map(([path, message]) => ({ path, message })),
  );
}

/**
 * The request's JSON body.
 * @throws InputError when the body is not JSON.
 */
export async function jsonBody(request: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InputError('The body is not JSON.', [{ path: '(body)', message: 'must be a JSON object' }]);
  }
}

const guid = z.guid();

/**
 * An id from the path. A malformed one is answered as a row that does not exist, never as a database error.
 * @throws NotFoundError when `raw` is not a UUID.
 */
export function idOf(raw: string, what: string): string {
  if (!guid.safeParse(raw).success) throw new NotFoundError(`No ${what} ${raw}.`);
  return raw;
}

/**
 * The village of the path with this plugin's settings there: it must be in the user's scope (county,
 * township or village) and have the plugin enabled; another county's village is answered 404.
 * @throws NotFoundError otherwise.
 */
export async function villageOf<S>(
  cunshe: PluginRequestContext<S>,
  raw: string,
): Promise<{ villageId: string; settings: S }> {
  const villageId = idOf(raw, 'village');
  return { villageId, settings: await cunshe.settingsFor(villageId) };
}

/**
 * Refuses a user without `<plugin-id>:<action>`.
 * @throws NotAllowedError naming the permission.
 */
export function assertCan<S>(cunshe: PluginRequestContext<S>, action: string): void {
  if (!cunshe.can(action)) {
    throw new NotAllowedError(`You do not have the permission ${cunshe.pluginId}:${action}.`);
  }
}

/** `page` (from 1) and `pageSize` (20 by default, at most 100) of a list. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
