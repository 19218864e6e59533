import type { Database } from '@cunshe/db';
import type { Logger } from 'pino';
import type { Env } from './env';

/** What every route factory is given: the open database, the parsed configuration and the logger. */
export interface Services {
  database: Database;
  env: Env;
  logger: Logger;
}

/** Hono's type parameters for the API: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}
