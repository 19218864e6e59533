import { type AuthUser, can } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { PartyScope } from './party-scope';

/** A JSON response of a route. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body. */
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** The error responses every party route may answer. */
export const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'Not found in your scope' },
  409: { description: 'Conflicts with what is stored' },
} as const;

/** `party:read`: lists and pages (every role of a county holds it). */
export const readParty = requirePermission('party:read');
/** `party:manage`: every write, and exact look-ups by ID or phone number. */
export const manageParty = requirePermission('party:manage');
/** `party:reveal-id`: the whole resident ID number. */
export const revealIds = requirePermission('party:reveal-id');

/**
 * Whether `user` holds `permission` for a village (by id) of the scope: the middleware checked the role,
 * this checks the geography for a flag the page shows (`canRevealIdNumber`).
 */
export async function canInVillage(
  tx: Tx,
  user: AuthUser,
  scope: PartyScope,
  permission: 'party:manage' | 'party:reveal-id',
  villageId: string,
): Promise<boolean> {
  const [village] = await tx
    .select({ townshipId: villages.townshipId })
    .from(villages)
    .where(and(eq(villages.tenantId, scope.tenantId), eq(villages.id, villageId)));
  return (
    !!village &&
    can(user, permission, { tenantId: scope.tenantId, townshipId: village.townshipId, villageId })
  );
}
