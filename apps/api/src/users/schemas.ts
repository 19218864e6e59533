import type { PublicUser } from '@cunshe/auth';
import { grantableRoles } from '@cunshe/auth';
import { userRoles } from '@cunshe/db/schema';
import { z } from '@hono/zod-openapi';

/** A user as a county admin sees it (never the password hash). */
export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    mobile: z.string().nullable(),
    role: z.enum(userRoles),
    townshipId: z.uuid().nullable(),
    villageId: z.uuid().nullable(),
    mustChangePassword: z.boolean(),
    isDisabled: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .openapi('User');

/** A user for the wire: times as ISO 8601 strings, no tenant id (it is the caller's county). */
export function userJson(user: PublicUser): z.infer<typeof userSchema> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    mobile: user.mobile,
    role: user.role,
    townshipId: user.townshipId,
    villageId: user.villageId,
    mustChangePassword: user.mustChangePassword,
    isDisabled: user.isDisabled,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

const countyRoles = userRoles.filter((role) => role !== 'platform-operator') as [
  Exclude<(typeof userRoles)[number], 'platform-operator'>,
  ...Exclude<(typeof userRoles)[number], 'platform-operator'>[],
];

/** `POST /api/users`: whom to invite, with which role, where. */
export const inviteBody = z
  .object({
    username: z.string().min(1).max(64).openapi({ example: 'xinjian-admin' }),
    displayName: z.string().trim().min(1).max(100).openapi({ example: '新建村管理员' }),
    role: z.enum(countyRoles).openapi({ example: 'village-admin' }),
    mobile: z.string().max(20).nullish().openapi({ example: '13800138000' }),
    townshipId: z.uuid().nullish(),
    villageId: z.uuid().nullish(),
  })
  .openapi('InviteUserBody');

/** `PATCH /api/users/{id}`: any of display name, mobile, role and scope. */
export const updateBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    mobile: z.string().max(20).nullish(),
    role: z.enum(countyRoles).optional(),
    townshipId: z.uuid().nullish(),
    villageId: z.uuid().nullish(),
  })
  .openapi('UpdateUserBody');

/** A user with the initial password, shown once. */
export const withInitialPassword = z
  .object({ user: userSchema, initialPassword: z.string() })
  .openapi('UserWithInitialPassword');

/** The path of a user. */
export const userParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** The list's filters. */
export const listQuery = z.object({
  q: z.string().max(100).optional().openapi({ example: '张' }),
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
});

/** A page of users. */
export const userPage = z
  .object({
    items: z.array(userSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('UserPage');

/** The county's grants of plugin permissions to roles. */
export const roleGrantsSchema = z
  .object({
    items: z.array(
      z.object({
        role: z.enum(grantableRoles),
        permissions: z
          .array(z.string().max(100))
          .max(500)
          .openapi({ example: ['forms:read'] }),
      }),
    ),
  })
  .openapi('RoleGrants');
