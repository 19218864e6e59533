import type { AuthUser } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { NotFoundError } from '@cunshe/errors';
import type { PluginServiceRequestState, PluginServiceRequestTransition } from '@cunshe/plugin-sdk';
import type { Logger } from 'pino';
import { submissionInScope } from '../forms/submission-scope';
import { serviceRequestInScope } from '../service-requests/service-request-scope';
import { transitionServiceRequest } from '../service-requests/transition-service-request';
import type { VillageScope } from '../villages/village-scope';
import type { PluginRegistry } from './plugin-registry';

/**
 * The service request of a submission of `pluginId`'s forms, in the scope, as a plugin sees it.
 * @throws NotFoundError when there is none in the scope, or the submission is another plugin's.
 */
export async function pluginServiceRequest(
  tx: Tx,
  input: { pluginId: string; scope: VillageScope; id: string },
): Promise<PluginServiceRequestState> {
  const { row } = await submissionInScope(tx, input.scope, input.id);
  if (row.pluginId !== input.pluginId)
    throw new NotFoundError(`No service request ${input.id} of this plugin.`);
  const { request } = await serviceRequestInScope(tx, input.scope, input.id);
  return { id: request.id, status: request.status, version: request.version };
}

/**
 * Moves a service request of one of `pluginId`'s forms along the workflow for a plugin: the admin's
 * {@link transitionServiceRequest} (lock, version, workflow, permission, timeline, audit, hook).
 * @throws NotFoundError, NotAllowedError, ConflictError, InputError as `transitionServiceRequest` does, and
 *   NotFoundError for a request of another plugin's form.
 */
export async function transitionPluginServiceRequest(
  tx: Tx,
  input: {
    pluginId: string;
    registry: PluginRegistry;
    scope: VillageScope;
    user: AuthUser;
    change: PluginServiceRequestTransition;
    requestId: string;
    logger: Logger;
  },
): Promise<PluginServiceRequestState> {
  const { change } = input;
  await pluginServiceRequest(tx, { pluginId: input.pluginId, scope: input.scope, id: change.id });
  await transitionServiceRequest(tx, {
    registry: input.registry,
    scope: input.scope,
    user: input.user,
    id: change.id,
    to: change.to,
    note: change.note,
    version: change.version,
    requestId: input.requestId,
    logger: input.logger,
  });
  return pluginServiceRequest(tx, { pluginId: input.pluginId, scope: input.scope, id: change.id });
}
