import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

// Each page is its own chunk; a plugin's own pages are further chunks, loaded by `PluginPage` when opened.
const PluginsPage = lazy(() =>
  import('./plugins-page/plugins-page').then((m) => ({ default: m.PluginsPage })),
);
const PluginPage = lazy(() => import('./plugin-page/plugin-page').then((m) => ({ default: m.PluginPage })));

/** The county's plugins page and every plugin's pages (`/plugins/<plugin-id>/<path>`), inside the app shell. */
export const pluginRoutes: RouteDefinition<string>[] = [
  { path: '/plugins', component: PluginsPage },
  { path: '/plugins/:pluginId/*rest', component: PluginPage },
];
