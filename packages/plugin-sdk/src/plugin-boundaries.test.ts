import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pluginsDir = fileURLToPath(new URL('../../../plugins', import.meta.url));

async function sourcesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') files.push(...(await sourcesOf(path)));
    else if (/\.(ts|tsx)$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** Why an import of a plugin's file is not allowed, or null. A plugin sees the host only through the SDK. */
function forbiddenImport(file: string, pluginRoot: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = resolve(file, '..', specifier);
    return relative(pluginRoot, target).startsWith('..') ? 'reaches outside the plugin' : null;
  }
  if (!specifier.startsWith('@cunshe/')) return null;
  if (specifier === '@cunshe/plugin-sdk' || specifier === '@cunshe/plugin-sdk/admin') return null;
  if (specifier === '@cunshe/plugin-sdk/testing') {
    return /\.test\.tsx?$/.test(file) || file.endsWith('/dev.ts')
      ? null
      : 'the test kit is for tests and the dev host';
  }
  return 'is host code: use @cunshe/plugin-sdk';
}

describe('plugin boundaries', () => {
  it('refuses an import of host code or another plugin', () => {
    const root = '/repo/plugins/tea';
    expect(forbiddenImport(`${root}/src/server.ts`, root, '@cunshe/db')).toMatch(/host code/);
    expect(forbiddenImport(`${root}/src/server.ts`, root, '../../stations/src/server')).toMatch(/outside/);
    expect(forbiddenImport(`${root}/src/server.ts`, root, '@cunshe/plugin-sdk/testing')).toMatch(/tests/);
    expect(forbiddenImport(`${root}/src/server.test.ts`, root, '@cunshe/plugin-sdk/testing')).toBeNull();
    expect(forbiddenImport(`${root}/src/server.ts`, root, './members')).toBeNull();
    expect(forbiddenImport(`${root}/src/server.ts`, root, 'drizzle-orm')).toBeNull();
  });

  it('finds no plugin under plugins/ importing anything but @cunshe/plugin-sdk from the host', async () => {
    const plugins = await readdir(pluginsDir, { withFileTypes: true }).catch(() => []);
    const offences: string[] = [];
    for (const plugin of plugins.filter((entry) => entry.isDirectory())) {
      const root = join(pluginsDir, plugin.name);
      for (const file of await sourcesOf(root)) {
        const { importedFiles } = ts.preProcessFile(await readFile(file, 'utf8'), true, true);
        for (const { fileName } of importedFiles) {
          const reason = forbiddenImport(file, root, fileName);
          if (reason) offences.push(`${relative(pluginsDir, file)}: ${fileName} ${reason}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});
