import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

const pluginsDir = fileURLToPath(new URL('../../plugins', import.meta.url));
const pluginAdminId = 'virtual:cunshe-plugin-admin';

/**
 * The `./admin` entry of every workspace plugin (`plugins/<folder>/package.json`), by plugin id: the
 * package `@cunshe/plugin-<id>` (or the folder's name for another package name).
 */
function findPluginAdmins(): Record<string, string> {
  const found: Record<string, string> = {};
  if (!existsSync(pluginsDir)) return found;
  for (const folder of readdirSync(pluginsDir, { withFileTypes: true })) {
    const manifest = join(pluginsDir, folder.name, 'package.json');
    if (!folder.isDirectory() || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; exports?: unknown };
    const admin = (pkg.exports as Record<string, unknown> | undefined)?.['./admin'];
    const entry =
      typeof admin === 'string'
        ? admin
        : ((admin as { import?: unknown; default?: unknown } | undefined)?.import ??
          (admin as { default?: unknown } | undefined)?.default);
    // A package still being written may name an entry that is not there yet; it gets no pages until it is.
    const path = typeof entry === 'string' ? resolve(pluginsDir, folder.name, entry) : undefined;
    if (!path || !existsSync(path)) continue;
    const id = pkg.name?.startsWith('@cunshe/plugin-')
      ? pkg.name.slice('@cunshe/plugin-'.length)
      : folder.name;
    found[id] = path;
  }
  return found;
}

/**
 * Serves `virtual:cunshe-plugin-admin`: `{ [pluginId]: () => import('<its ./admin entry>') }`. Each plugin's
 * pages become chunks of their own, loaded only when one of its pages is opened; a plugin package added or
 * changed while the dev server runs reloads the page.
 */
function pluginAdmins(): Plugin {
  const resolvedId = `\0${pluginAdminId}`;
  return {
    name: 'cunshe-plugin-admin',
    resolveId: (id) => (id === pluginAdminId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const loaders = Object.entries(findPluginAdmins()).map(
        ([pluginId, entry]) => `  ${JSON.stringify(pluginId)}: () => import(${JSON.stringify(entry)}),`,
      );
      return `export const pluginAdminLoaders = {\n${loaders.join('\n')}\n};\n`;
    },
    configureServer(server) {
      server.watcher.add(join(pluginsDir, '*/package.json'));
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(pluginsDir) || !file.endsWith('package.json')) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [solid(), pluginAdmins()],
  // Plugin pages live outside this package; they must share its one copy of Solid (and its reactivity).
  resolve: { dedupe: ['solid-js'] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: { outDir: 'dist', target: 'es2022' },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
