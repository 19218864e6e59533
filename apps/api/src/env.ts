import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePersonalDataKey, parsePersonalDataKey, readOrCreateKeyFile } from '@cunshe/personal-data';
import { z } from 'zod';

const defaultDataDir = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PGlite data folder, used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  /** PostgreSQL URL; when set, PGlite is not used. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  /** Password of the demo accounts; generated and printed at start when absent (demo mode only). */
  DEMO_PASSWORD: z.string().min(8).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key of personal data (ID numbers): base64 of 32 random bytes; required in production. */
  PERSONAL_DATA_KEY: z
    .string()
    .refine((text) => Buffer.from(text, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(text), {
      error: 'must be base64 of 32 random bytes (e.g. openssl rand -base64 32)',
    })
    .optional(),
  /** Plugin packages to load besides the workspace's `plugins/`, comma-separated npm package names. */
  CUNSHE_PLUGINS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/, 'must be npm package names')))
    .default([]),
});

/** The API's configuration, parsed from the environment at start-up. */
export type Env = z.infer<typeof envSchema> & {
  /** Demo mode seeds demo data into an empty database; never with NODE_ENV=production. */
  isDemo: boolean;
};

/** Raised when an environment variable has a bad value; the message names each variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the API's configuration. The only place that reads environment variables.
 * @throws ConfigError naming every bad variable, e.g. `PORT: Too big: expected number to be <=65535`.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, isDemo: result.data.NODE_ENV !== 'production' };
}

/**
 * The key personal data is encrypted and hashed with: `PERSONAL_DATA_KEY` when set; start-up refuses
 * production without it.
 * Without it, outside production: for PGlite a random key kept in `DATA_DIR/personal-data.key`, created at
 * the first start and reused after; for PostgreSQL runs and tests one derived from `DATABASE_URL` (or a
 * fixed test secret), so the same database stays readable. Those keys sit next to the data: demo only.
 * @throws ConfigError in production without `PERSONAL_DATA_KEY`.
 */
export function personalDataKeyOf(env: Env): Buffer {
  if (env.PERSONAL_DATA_KEY) return parsePersonalDataKey(env.PERSONAL_DATA_KEY);
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  PERSONAL_DATA_KEY: required when NODE_ENV=production');
  }
  if (env.DATABASE_URL || env.NODE_ENV === 'test') {
    return derivePersonalDataKey(env.DATABASE_URL ?? 'cunshe tests', 'development personal-data key');
  }
  return readOrCreateKeyFile(join(env.DATA_DIR, 'personal-data.key'));
}
