import type { AuthOptions } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { createTestDatabase } from '@cunshe/db/testing';
import pino from 'pino';
import { createApp } from '../app';
import { parseEnv } from '../env';
import { loadPlugins } from '../plugin-host/load-plugins';
import { PluginRegistry } from '../plugin-host/plugin-registry';

/** An app over a fresh test database, for route tests; `plugins` are loaded as at start-up. */
export async function createTestApp(auth?: AuthOptions, options: { plugins?: unknown[] } = {}) {
  const database: Database = await createTestDatabase();
  const plugins = new PluginRegistry(await loadPlugins(database, options.plugins ?? []));
  const app = createApp({
    database,
    env: parseEnv({ NODE_ENV: 'test' }),
    logger: pino({ level: 'silent' }),
    auth,
    plugins,
  });
  return { app, database };
}

/** The `name=value` of a Set-Cookie header, with its attributes. */
export interface SentCookie {
  name: string;
  value: string;
  attributes: string[];
}

/** Every cookie a response sets. */
export function sentCookies(res: Response): SentCookie[] {
  return res.headers.getSetCookie().map((header) => {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
  });
}

/** The session token a response sets (localhost name), or undefined. */
export function sessionTokenOf(res: Response): string | undefined {
  return sentCookies(res).find((cookie) => cookie.name === 'cunshe_session' && cookie.value !== '')?.value;
}

/** JSON request options with a session cookie. */
export function asUser(token: string | undefined, init: RequestInit & { json?: unknown } = {}): RequestInit {
  const headers = new Headers(init.headers);
  if (token) headers.set('cookie', `cunshe_session=${token}`);
  const { json, ...rest } = init;
  if (json !== undefined) headers.set('content-type', 'application/json');
  return { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) };
}

/** Logs in through the API and answers the session token. */
export async function logIn(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  username: string,
  password: string,
): Promise<string> {
  const res = await app.request(
    '/api/auth/login',
    asUser(undefined, { method: 'POST', json: { username, password } }),
  );
  const token = sessionTokenOf(res);
  if (res.status !== 200 || !token)
    throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
  return token;
}
