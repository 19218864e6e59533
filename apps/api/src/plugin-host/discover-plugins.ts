import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspacePlugins = fileURLToPath(new URL('../../../../plugins', import.meta.url));

interface PackageJson {
  name?: string;
  exports?: Record<string, string | Record<string, string>>;
}

async function serverEntryOf(folder: string): Promise<string | undefined> {
  const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as PackageJson;
  const entry = pkg.exports?.['./server'];
  const path = typeof entry === 'string' ? entry : (entry?.import ?? entry?.default);
  return path ? pathToFileURL(join(folder, path)).href : undefined;
}

/**
 * Finds the plugins to load: every workspace package under `plugins/` with a `./server` export, then the
 * packages named in configuration (`CUNSHE_PLUGINS`, resolved from the API's dependencies), and imports
 * each one's default export. Validation is the loader's job.
 * @returns the modules' default exports with where they came from, in a stable order (folder name).
 * @throws Error naming the package when one cannot be imported or has no default export.
 */
export async function discoverPlugins(
  options: { folder?: string | undefined; packages?: readonly string[] | undefined } = {},
): Promise<{ source: string; plugin: unknown }[]> {
  const folder = options.folder ?? workspacePlugins;
  const found: { source: string; url: string }[] = [];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const url = await serverEntryOf(join(folder, entry.name)).catch(() => undefined);
    if (url) found.push({ source: `plugins/${entry.name}`, url });
  }
  for (const name of options.packages ?? []) found.push({ source: name, url: `${name}/server` });
  const loaded: { source: string; plugin: unknown }[] = [];
  for (const { source, url } of found) {
    const module = (await import(url).catch((error: unknown) => {
      throw new Error(`Plugin package ${source} could not be imported: ${String(error)}`);
    })) as { default?: unknown };
    if (module.default === undefined) throw new Error(`Plugin package ${source} has no default export`);
    loaded.push({ source, plugin: module.default });
  }
  return loaded;
}
