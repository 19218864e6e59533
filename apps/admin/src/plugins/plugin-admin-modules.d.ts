// Served by the `cunshe-plugin-admin` Vite plugin in vite.config.ts. The types mirror `@cunshe/plugin-sdk/admin`
// structurally, so the admin typechecks without compiling any plugin's code.
declare module 'virtual:cunshe-plugin-admin' {
  import type { Component } from 'solid-js';

  /** A page of a plugin, at `/plugins/<plugin-id><path>`. */
  export interface PluginAdminPage {
    path: string;
    title: { 'zh-CN': string; en: string };
    component: Component;
  }

  /** What a plugin's `./admin` entry default-exports (`definePluginAdmin`). */
  export interface PluginAdminModule {
    default: { pages: PluginAdminPage[] };
  }

  /** Each workspace plugin with an `./admin` export, by id: a loader of its admin module (its own chunk). */
  export const pluginAdminLoaders: Record<string, () => Promise<PluginAdminModule>>;
}
