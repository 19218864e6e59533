/**
 * `@cunshe/plugin-sdk`: everything a plugin sees of the host. Declare a plugin with {@link definePlugin},
 * its forms with {@link defineForm}; routes get a {@link PluginRequestContext} as `c.var.cunshe`; tests use
 * `@cunshe/plugin-sdk/testing`. The walk-through is `docs/plugins.md`.
 */
export { ConflictError, InputError, NotAllowedError, NotFoundError } from '@cunshe/errors';
export type {
  FormStatusChange,
  HookContext,
  PluginApp,
  PluginAuditEntry,
  PluginEnv,
  PluginRequestContext,
  PluginRole,
  PluginServiceRequestState,
  PluginServiceRequestStatus,
  PluginServiceRequestTransition,
  PluginTx,
  PluginUser,
} from './context';
export {
  defineForm,
  type FieldHint,
  type FieldKind,
  type FormCondition,
  type FormDefinition,
  FormDefinitionError,
  type FormSection,
  type FormWidget,
  type FormWorkflow,
  fields,
  todayInChina,
} from './define-form';
export {
  type Association,
  definePlugin,
  type PluginAuditLabels,
  type PluginDefinition,
  type PluginHooks,
  type PluginMigration,
  type PluginNavigationEntry,
  type PluginPermission,
  type PluginTables,
  type ServiceOffering,
  type ServiceStation,
  type ServiceStationCategory,
} from './define-plugin';
export {
  HOST_API_VERSION,
  KEY_PATTERN,
  PluginManifestError,
  tablePrefixOf,
  validatePlugin,
  validatePlugins,
} from './validate-plugins';
export { type LocalizedText, VILLAGE_TYPES, type VillageType } from './village-types';
