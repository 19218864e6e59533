/** A field error of a problem+json answer. */
export interface FieldError {
  path: string;
  message: string;
}

/** What a call answered: the body when it worked, or the problem's title and field errors. */
export type Answer<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; title: string; errors: FieldError[] };

/** Calls the API with the session cookie; JSON in, JSON (or problem+json) out. */
export async function call<T>(
  path: string,
  init: { method?: string; json?: unknown } = {},
): Promise<Answer<T>> {
  const res = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: init.json === undefined ? {} : { 'content-type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  if (res.ok) return { ok: true, data: (res.status === 204 ? undefined : await res.json()) as T };
  const problem = (await res.json().catch(() => ({}))) as { title?: string; errors?: FieldError[] };
  return {
    ok: false,
    status: res.status,
    title: problem.title ?? String(res.status),
    errors: problem.errors ?? [],
  };
}

/** Reads a JSON resource; throws (for `createResource`'s error state) when it is refused. */
export async function read<T>(path: string): Promise<T> {
  const answer = await call<T>(path);
  if (!answer.ok) throw new Error(`${answer.status} ${answer.title}`);
  return answer.data;
}

/** The message of the field `path` among a problem's errors, if any. */
export function errorAt(errors: FieldError[], path: string): string | undefined {
  return errors.find((error) => error.path === path)?.message;
}
