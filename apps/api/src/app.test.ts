import type { Database } from '@cunshe/db';
import { createTestDatabase } from '@cunshe/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ConfigError, parseEnv } from './env';

let database: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database, env: parseEnv({ NODE_ENV: 'test' }), logger: pino({ level: 'silent' }) });
});
afterAll(() => database.close());

describe('the API shell', () => {
  it('answers health with 200 JSON when the database answers and migrations are current', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; migrations: { applied: number; expected: number } };
    expect(body.status).toBe('ok');
    expect(body.migrations.applied).toBe(body.migrations.expected);
  });

  it('answers an unknown route with a 404 problem+json', async () => {
    const res = await app.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 404,
      title: 'Not Found',
      instance: '/api/no-such-thing',
    });
  });

  it('refuses a body that is not JSON with a 415 problem', async () => {
    const res = await app.request('/api/health', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-length': '5' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it("refuses a foreign Origin's POST whatever the content type", async () => {
    const contentTypes: Record<string, string>[] = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/json' },
    ];
    for (const headers of contentTypes) {
      const res = await app.request('http://localhost/api/health', {
        method: 'POST',
        headers: { origin: 'https://evil.example', ...headers },
      });
      expect(res.status).toBe(403);
    }
  });

  it('serves an OpenAPI 3.1 document and a reference page', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/docs/scalar.js');
  });

  it('sends a CSP that forbids objects, base URIs and framing', async () => {
    const csp = (await app.request('/api/health')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('configuration', () => {
  it('names the bad variable', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('never runs demo mode in production', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).isDemo).toBe(false);
    expect(parseEnv({}).isDemo).toBe(true);
  });
});
