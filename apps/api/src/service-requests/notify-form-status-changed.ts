import type { Tx } from '@cunshe/db';
import type { PluginDefinition, PluginTx } from '@cunshe/plugin-sdk';
import type { Logger } from 'pino';
import { resolvePluginSettings } from '../plugin-host/resolve-plugin-settings';
import type { ScopedVillage } from '../plugin-host/scoped-village';

/**
 * Tells the form's plugin that a submission changed status (`from` is null for a new submission), in the
 * caller's transaction but inside a savepoint: a throwing hook is logged and its writes undone, and the
 * change itself goes on (the person at the counter is not stopped by a plugin's failure).
 */
export async function notifyFormStatusChanged(
  tx: Tx,
  input: {
    plugin: PluginDefinition;
    village: Pick<ScopedVillage, 'id' | 'tenantId' | 'townshipId'>;
    submissionId: string;
    formKey: string;
    from: string | null;
    to: string;
    logger: Logger;
  },
): Promise<void> {
  const hook = input.plugin.hooks?.onFormStatusChanged;
  if (!hook) return;
  const { village } = input;
  try {
    await tx.transaction(async (savepoint) => {
      const { values } = await resolvePluginSettings(savepoint, {
        plugin: input.plugin,
        tenantId: village.tenantId,
        townshipId: village.townshipId,
        villageId: village.id,
      });
      await hook({
        tenantId: village.tenantId,
        villageId: village.id,
        settings: values,
        tx: savepoint as unknown as PluginTx,
        submissionId: input.submissionId,
        formKey: input.formKey,
        from: input.from,
        to: input.to,
      });
    });
  } catch (error) {
    input.logger.error(
      {
        err: error,
        pluginId: input.plugin.id,
        hook: 'onFormStatusChanged',
        submissionId: input.submissionId,
      },
      'plugin hook failed; the status change goes on',
    );
  }
}
