import type { Tx } from '@cunshe/db';
import { pluginSettings } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import type { PluginDefinition } from '@cunshe/plugin-sdk';
import { and, eq, or } from 'drizzle-orm';

/** The level a setting's value comes from. */
export type SettingSource = 'default' | 'county' | 'township' | 'village';

/** A village's effective settings of one plugin, and where each top-level value comes from. */
export interface ResolvedSettings {
  values: Record<string, unknown>;
  sources: Record<string, SettingSource>;
  /** The values stored at each level, for the admin's form. */
  levels: Record<Exclude<SettingSource, 'default'>, Record<string, unknown>>;
}

/**
 * Resolves a plugin's settings for a village (or a township or the county when the narrower ids are null):
 * village values over township values over county values, then the schema's defaults.
 * @throws InputError (path `settings`) when the stored values no longer satisfy the plugin's schema.
 */
export async function resolvePluginSettings(
  tx: Tx,
  input: {
    plugin: PluginDefinition;
    tenantId: string;
    townshipId?: string | null | undefined;
    villageId?: string | null | undefined;
  },
): Promise<ResolvedSettings> {
  const { plugin, tenantId } = input;
  const rows = await tx
    .select()
    .from(pluginSettings)
    .where(
      and(
        eq(pluginSettings.tenantId, tenantId),
        eq(pluginSettings.pluginId, plugin.id),
        or(
          and(eq(pluginSettings.level, 'county'), eq(pluginSettings.scopeId, tenantId)),
          input.townshipId
            ? and(eq(pluginSettings.level, 'township'), eq(pluginSettings.scopeId, input.townshipId))
            : undefined,
          input.villageId
            ? and(eq(pluginSettings.level, 'village'), eq(pluginSettings.scopeId, input.villageId))
            : undefined,
        ),
      ),
    );
  const levels: ResolvedSettings['levels'] = { county: {}, township: {}, village: {} };
  for (const row of rows) levels[row.level] = row.values;
  const merged = { ...levels.county, ...levels.township, ...levels.village };
  const parsed = (plugin.settings ?? null)?.safeParse(merged);
  if (parsed && !parsed.success) {
    throw new InputError(`The stored settings of ${plugin.id} are not valid any more.`, [
      ...parsed.error.issues.map((issue) => ({
        path: `settings.${issue.path.join('.')}`,
        message: issue.message,
      })),
    ]);
  }
  const values = (parsed?.data ?? {}) as Record<string, unknown>;
  const sources: Record<string, SettingSource> = {};
  for (const key of Object.keys(values)) {
    sources[key] =
      key in levels.village
        ? 'village'
        : key in levels.township
          ? 'township'
          : key in levels.county
            ? 'county'
            : 'default';
  }
  return { values, sources, levels };
}
