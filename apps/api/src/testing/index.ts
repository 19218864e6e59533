/** The host's test kit, re-exported to plugin developers as `@cunshe/plugin-sdk/testing`. */
export { startDevHost } from './plugin-dev-host';
export {
  createPluginTestHost,
  type PluginTestHost,
  type TestCounty,
  type TestUser,
} from './plugin-test-host';
