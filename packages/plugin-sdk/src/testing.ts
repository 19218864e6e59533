/**
 * `@cunshe/plugin-sdk/testing`: the test kit. `createPluginTestHost({ plugins })` starts the real host in
 * memory (PGlite, the core's migrations, your plugins loaded exactly as at start-up) with two counties —
 * each with a village of every type — and signed-in users, so a plugin's tests are a few lines.
 * @example
 * const host = await createPluginTestHost({ plugins: [teaPlugin] });
 * const village = host.county.villages['industry-chain'];
 * await host.enable('tea', village);
 * expect((await host.villageAdmin.request(`/api/plugins/tea/members/${village}`)).status).toBe(200);
 * expect((await host.otherCountyAdmin.request(`/api/plugins/tea/members/${village}`)).status).toBe(404);
 */
export {
  createPluginTestHost,
  type PluginTestHost,
  startDevHost,
  type TestCounty,
  type TestUser,
} from '@cunshe/api/testing';
