import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const templateDir = fileURLToPath(new URL('../template', import.meta.url));

/** Plugin ids as the host accepts them (see `KEY_PATTERN` in `@cunshe/plugin-sdk`). */
const PLUGIN_ID = /^[a-z][a-z0-9-]{1,62}$/;

/** What to scaffold: the plugin's id and its names, into a folder that must not exist yet. */
export interface ScaffoldOptions {
  id: string;
  nameZh?: string | undefined;
  nameEn?: string | undefined;
  /** The new plugin's folder, e.g. `plugins/tea-growers`. */
  into: string;
}

/** `tea-growers` -> `teaGrowers`, for the plugin object's name `<camelId>Plugin`. */
function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

async function filesOf(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesOf(path)));
    else files.push(path);
  }
  return files;
}

/**
 * Copies the plugin template into `into` and fills in the id and names: a manifest with a service point, an
 * association with its party branch, a membership form, a permission, a members table with its migration,
 * routes, an admin page, tests on the in-memory host, a dev host and a README. It passes its tests and
 * typecheck with no edits.
 * @throws Error when the id is not a valid plugin id or the folder exists.
 */
export async function scaffoldPlugin(options: ScaffoldOptions): Promise<string[]> {
  if (!PLUGIN_ID.test(options.id)) {
    throw new Error(`"${options.id}" is not a plugin id: use ^[a-z][a-z0-9-]{1,62}$, e.g. tea-growers`);
  }
  if (await stat(options.into).catch(() => null)) throw new Error(`${options.into} exists already`);
  await cp(templateDir, options.into, { recursive: true });
  const replacements: [string, string][] = [
    ['__table__', options.id.replaceAll('-', '_')],
    ['__camel__', camelCase(options.id)],
    ['__id__', options.id],
    ['__name_zh__', options.nameZh ?? options.id],
    ['__name_en__', options.nameEn ?? options.id],
  ];
  const files = await filesOf(options.into);
  for (const file of files) {
    let text = await readFile(file, 'utf8');
    for (const [placeholder, value] of replacements) text = text.replaceAll(placeholder, value);
    await writeFile(file, text);
  }
  return files;
}
