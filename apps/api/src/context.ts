import type { AuthOptions, AuthUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import type { Session } from '@cunshe/db/schema';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import type { Logger } from 'pino';
import type { Env } from './env';

/** What every route factory is given: the open database, the parsed configuration and the logger. */
export interface Services {
  database: Database;
  env: Env;
  logger: Logger;
  /** Session, throttle and hashing policies and the clock; omitted in production (the defaults). */
  auth?: AuthOptions | undefined;
  /** Encrypts and hashes personal data; made from `personalDataKeyOf(env)` when omitted. */
  personalData?: PersonalDataProtector | undefined;
}

/** Hono's type parameters for the API: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The signed-in user (set by the session middleware on every `/api` request), or null. */
    user: AuthUser | null;
    /** The session of this request, or null; handlers that end or replace it set it accordingly. */
    session: Session | null;
  };
}
