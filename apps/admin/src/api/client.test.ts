import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, fieldErrorOf, onUnauthorized } from './client';

function respond(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType, ...headers } })),
  );
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(undefined);
});

describe('api', () => {
  it('throws an ApiError carrying the problem+json body', async () => {
    const problem = {
      type: 'https://cunshe.dev/problems/invalid-input',
      title: '输入有误',
      status: 422,
      detail: '村庄名称不能为空',
      errors: [{ path: 'name', message: '必填' }],
    };
    respond(422, JSON.stringify(problem), 'application/problem+json');

    const error = await rejection(api('/api/villages', { method: 'POST', body: { name: '' } }));

    expect(error.status).toBe(422);
    expect(error.hasProblemBody).toBe(true);
    expect(error.problem).toEqual(problem);
    expect(error.message).toBe('村庄名称不能为空');
  });

  it('makes a problem from the status line when the body is not a problem', async () => {
    respond(502, 'Bad Gateway', 'text/plain');

    const error = await rejection(api('/api/health'));

    expect(error.hasProblemBody).toBe(false);
    expect(error.problem).toMatchObject({ type: 'about:blank', status: 502 });
  });

  it('sends JSON with same-origin credentials and answers the parsed body', async () => {
    respond(200, JSON.stringify({ status: 'ok' }), 'application/json');

    await expect(api('/api/health', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ status: 'ok' });

    const [, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('calls the unauthorized handler on 401 and still rejects', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    respond(401, JSON.stringify({ title: 'Unauthorized', status: 401 }), 'application/problem+json');

    const error = await rejection(api('/api/me'));

    expect(error.status).toBe(401);
    expect(handler).toHaveBeenCalledExactlyOnceWith('/api/me');
  });

  it('reads the seconds to wait from Retry-After', async () => {
    const problem = { title: 'Too Many Requests', status: 429, detail: 'Try again later.' };
    respond(429, JSON.stringify(problem), 'application/problem+json', { 'retry-after': '17' });

    const error = await rejection(api('/api/auth/login', { method: 'POST', body: {} }));

    expect(error.retryAfterSeconds).toBe(17);
  });

  it('finds the message of one field error by path', async () => {
    const problem = {
      title: 'Invalid input',
      status: 400,
      errors: [{ path: 'newPassword', message: 'short' }],
    };
    respond(400, JSON.stringify(problem), 'application/problem+json');

    const error = await rejection(api('/api/auth/password', { method: 'POST', body: {} }));

    expect(fieldErrorOf(error, 'newPassword')).toBe('short');
    expect(fieldErrorOf(error, 'currentPassword')).toBeUndefined();
    expect(fieldErrorOf(new Error('x'), 'newPassword')).toBeUndefined();
  });
});
