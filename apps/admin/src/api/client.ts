/** One invalid field named by a problem's `errors` member. */
export interface ProblemFieldError {
  /** The field's path, e.g. `name` or `members.0.phone`. */
  path: string;
  message: string;
}

/** An RFC 9457 problem details body, as the API answers every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

/** Thrown by `api()` for a non-2xx response; carries the parsed problem. */
export class ApiError extends Error {
  /** The problem the server sent, or one made from the status line when the body was none. */
  readonly problem: Problem;
  /** Whether the server answered with a problem body (otherwise `problem` only repeats the status). */
  readonly hasProblemBody: boolean;
  /** Seconds to wait before trying again, from a `Retry-After` header (e.g. on 429); undefined without one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, hasProblemBody: boolean, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.hasProblemBody = hasProblemBody;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The HTTP status of the response. */
  get status(): number {
    return this.problem.status;
  }
}

function isProblem(value: unknown): value is Partial<Problem> & Pick<Problem, 'title'> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === 'string';
}

// RFC 9110 allows an HTTP date too; the API sends seconds, and a date is read as the seconds until it.
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('retry-after')?.trim();
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/** Reads a failed response into an `ApiError`, whether or not its body is problem+json. */
export async function toApiError(response: Response): Promise<ApiError> {
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  const body: unknown = isJson ? await response.json().catch(() => undefined) : undefined;
  const retryAfter = retryAfterOf(response);
  if (isProblem(body)) {
    return new ApiError(
      { ...body, type: body.type ?? 'about:blank', status: body.status ?? response.status },
      true,
      retryAfter,
    );
  }
  return new ApiError(
    { type: 'about:blank', title: response.statusText, status: response.status },
    false,
    retryAfter,
  );
}

/** The message of a problem's field error at `path` (e.g. `newPassword`), if the error is an `ApiError` with one. */
export function fieldErrorOf(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((fieldError) => fieldError.path === path)?.message;
}

let unauthorizedHandler: ((path: string) => void) | undefined;

/**
 * Sets what happens when the API answers 401 (e.g. go to the sign-in page); `undefined` removes it. The
 * handler gets the request's path, so it can tell a failed login from an ended session. The request still
 * rejects with its `ApiError` after the handler ran.
 */
export function onUnauthorized(handler: ((path: string) => void) | undefined): void {
  unauthorizedHandler = handler;
}

/** `fetch` options for `api()`; a `body` that is not `FormData` is sent as JSON. */
export interface ApiInit extends Omit<RequestInit, 'body'> {
  body?: unknown;
}

/**
 * Calls the API and answers its JSON body (`undefined` for 204). Sends cookies of the same origin only.
 *
 * @throws {ApiError} for a non-2xx response.
 * @example
 * const health = await api<Health>('/api/health');
 * await api('/api/villages', { method: 'POST', body: { name: '东联村' } });
 */
export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { body, ...rest } = init;
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json, application/problem+json');
  const isJsonBody = body !== undefined && !(body instanceof FormData);
  if (isJsonBody) headers.set('content-type', 'application/json');

  const response = await fetch(path, {
    ...rest,
    headers,
    credentials: 'same-origin',
    body: isJsonBody ? JSON.stringify(body) : (body as FormData | undefined),
  });

  if (!response.ok) {
    if (response.status === 401) unauthorizedHandler?.(path);
    throw await toApiError(response);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
