import { createHash } from 'node:crypto';
import { type Database, rowsOf } from '@cunshe/db';
import { pluginMigrations, plugins } from '@cunshe/db/schema';
import { type PluginDefinition, PluginManifestError, validatePlugins } from '@cunshe/plugin-sdk';
import { eq, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';

/** A validated plugin whose migrations ran and whose tables are fenced by forced row-level security. */
export interface LoadedPlugin {
  definition: PluginDefinition;
  tableNames: string[];
}

function catalogueOf(plugin: PluginDefinition) {
  return {
    description: plugin.description ?? null,
    requires: plugin.requires ?? [],
    serviceStations: plugin.serviceStations ?? [],
    associations: plugin.associations ?? [],
    forms: (plugin.forms ?? []).map(({ key, version, title, station }) => ({ key, version, title, station })),
    permissions: (plugin.permissions ?? []).map((p) => ({ ...p, name: `${plugin.id}:${p.action}` })),
    navigation: plugin.navigation ?? [],
    hasSettings: plugin.settings !== undefined,
  };
}

/** Orders plugins so that each comes after the plugins it requires. */
function inDependencyOrder(definitions: PluginDefinition[]): PluginDefinition[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const ordered: PluginDefinition[] = [];
  const visiting = new Set<string>();
  const visit = (plugin: PluginDefinition) => {
    if (ordered.includes(plugin)) return;
    if (visiting.has(plugin.id)) {
      throw new PluginManifestError(plugin.id, [
        { path: 'requires', message: 'plugins require each other in a cycle' },
      ]);
    }
    visiting.add(plugin.id);
    for (const id of plugin.requires ?? []) {
      const required = byId.get(id);
      if (required) visit(required);
    }
    ordered.push(plugin);
  };
  definitions.forEach(visit);
  return ordered;
}

/**
 * Loads plugins into the database, each in one transaction: validates every manifest (a bad one stops
 * start-up with an error naming the plugin and the field), registers the plugin, applies its pending
 * migrations in order (an applied migration whose SQL changed is refused), checks that each declared table
 * exists with `tenant_id` and `village_id`, and applies forced row-level security to it
 * (`cunshe_apply_tenant_rls`, as for the core's tenant tables).
 * @throws PluginManifestError naming the plugin and the field or table at fault.
 */
export async function loadPlugins(database: Database, candidates: unknown[]): Promise<LoadedPlugin[]> {
  const loaded: LoadedPlugin[] = [];
  for (const definition of inDependencyOrder(validatePlugins(candidates))) {
    const tableNames = (definition.tables?.tables ?? []).map((table) => getTableConfig(table).name);
    await database.db.transaction(async (tx) => {
      const registration = {
        version: definition.version,
        name: definition.name,
        villageTypes: definition.villageTypes === 'any' ? ['any'] : definition.villageTypes,
        catalogue: catalogueOf(definition),
        loadedAt: new Date(),
      };
      await tx
        .insert(plugins)
        .values({ id: definition.id, ...registration })
        .onConflictDoUpdate({ target: plugins.id, set: registration });
      const applied = new Map(
        (await tx.select().from(pluginMigrations).where(eq(pluginMigrations.pluginId, definition.id))).map(
          (m) => [m.name, m.checksum],
        ),
      );
      for (const [index, migration] of (definition.tables?.migrations ?? []).entries()) {
        const checksum = createHash('sha256').update(migration.sql).digest('hex');
        const previous = applied.get(migration.name);
        if (previous === checksum) continue;
        if (previous !== undefined) {
          throw new PluginManifestError(definition.id, [
            {
              path: `tables.migrations.${index}`,
              message: `migration ${migration.name} changed after it was applied`,
            },
          ]);
        }
        // Statements are separated as drizzle-kit separates them; each runs on its own.
        for (const statement of migration.sql.split('--> statement-breakpoint')) {
          if (statement.trim()) await tx.execute(sql.raw(statement));
        }
        await tx.insert(pluginMigrations).values({ pluginId: definition.id, name: migration.name, checksum });
      }
      for (const [index, name] of tableNames.entries()) {
        const columns = rowsOf<{ column_name: string }>(
          await tx.execute(
            sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${name}`,
          ),
        ).map((row) => row.column_name);
        const missing = ['tenant_id', 'village_id'].filter((column) => !columns.includes(column));
        if (columns.length === 0 || missing.length > 0) {
          throw new PluginManifestError(definition.id, [
            {
              path: `tables.tables.${index}`,
              message:
                columns.length === 0
                  ? `table ${name} does not exist after the plugin's migrations`
                  : `table ${name} has no ${missing.join(' or ')} column`,
            },
          ]);
        }
        await tx.execute(sql`select cunshe_apply_tenant_rls(${name}::regclass)`);
      }
    });
    loaded.push({ definition, tableNames });
  }
  return loaded;
}
