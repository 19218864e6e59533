import { userRoles } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';

/** `POST /api/auth/login` body: a login name or mainland mobile number, and the password. */
export const loginBody = z
  .object({
    username: z.string().min(1).max(64).openapi({ example: 'demo' }),
    password: z.string().min(1).max(256).openapi({ example: 'correct horse' }),
  })
  .openapi('LoginBody');

/** `POST /api/auth/password` body. */
export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(256).openapi({ example: 'initial-Pa55' }),
    newPassword: z.string().min(1).max(256).openapi({ example: 'a new secret' }),
  })
  .openapi('ChangePasswordBody');

const place = z.object({ id: z.uuid(), code: z.string(), name: z.string() }).openapi('NamedPlace');

/** "My account": who, which role, where (with names), whether the password must change, what is allowed. */
export const accountSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      mobile: z.string().nullable(),
      role: z.enum(userRoles),
    }),
    scope: z.object({ county: place.nullable(), township: place.nullable(), village: place.nullable() }),
    mustChangePassword: z.boolean(),
    permissions: z.array(z.string()).openapi({ example: ['villages:read', 'villages:update'] }),
  })
  .openapi('Account');

/** One of the signed-in user's sessions. */
export const sessionSchema = z
  .object({
    isCurrent: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    absoluteExpiresAt: z.iso.datetime({ offset: true }),
    userAgent: z.string().nullable(),
    ipAddress: z.string().nullable(),
  })
  .openapi('Session');

/** Responses every signed-in route may give besides its own. */
export const problemResponses = {
  401: { description: 'Not signed in, or the session is over (problem+json)' },
  403: { description: 'Not allowed, or the initial password must be changed first (problem+json)' },
} as const;
