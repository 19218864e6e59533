import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { Hono } from 'hono';

/** Roles a county grants; a plugin permission names the roles that hold it by default. */
export type PluginRole = 'county-admin' | 'township-admin' | 'village-admin' | 'station-staff' | 'viewer';

/** The signed-in user as a plugin sees it: who, which role, where. Never a password or a session. */
export interface PluginUser {
  id: string;
  displayName: string;
  role: PluginRole;
  tenantId: string;
  townshipId: string | null;
  villageId: string | null;
}

/**
 * A transaction scoped to the user's county: `app.tenant_id` is set and the API role bound, so row-level
 * security filters every row of every table, the plugin's own included.
 */
export type PluginTx = PgTransaction<
  PgQueryResultHKT,
  Record<string, unknown>,
  ExtractTablesWithRelations<Record<string, unknown>>
>;

/** One audit entry a plugin writes about its own data (actor and time are filled in by the host). */
export interface PluginAuditEntry {
  /** `<entity>.<verb>`, e.g. `member.joined`; the host prefixes the plugin id. */
  action: string;
  entity: string;
  entityId?: string | undefined;
  before?: unknown;
  after?: unknown;
}

/** The statuses of the host's service-request workflow (submitted -> accepted -> in progress -> resolved, or rejected). */
export type PluginServiceRequestStatus = 'submitted' | 'accepted' | 'in-progress' | 'resolved' | 'rejected';

/** Where a service request stands: its workflow status and the version a change must name. */
export interface PluginServiceRequestState {
  id: string;
  status: PluginServiceRequestStatus;
  version: number;
}

/** One move of a service request along the host's workflow, made on the `version` the plugin read. */
export interface PluginServiceRequestTransition {
  /** The request's id: the id of the plugin's form submission. */
  id: string;
  to: PluginServiceRequestStatus;
  /** Required (the reason) when `to` is `rejected`. */
  note?: string | undefined;
  version: number;
}

/**
 * What a plugin route gets from the host, as `c.var.cunshe`. `S` is the plugin's settings type, so
 * `settingsFor` answers typed settings without casts.
 */
export interface PluginRequestContext<S> {
  pluginId: string;
  user: PluginUser;
  requestId: string;
  /** Runs `fn` in one transaction scoped to the user's county. */
  withTenant<T>(fn: (tx: PluginTx) => Promise<T>): Promise<T>;
  /**
   * The plugin's settings for a village of the user's scope: village over township over county values,
   * then the schema's defaults.
   * @throws NotFoundError when the village is not in the user's scope or the plugin is not enabled there.
   */
  settingsFor(villageId: string): Promise<S>;
  /**
   * Whether the user holds `<plugin-id>:<action>` (by a role the plugin names, or granted by the county).
   * Where the user may act is checked by {@link settingsFor}, which refuses a village outside their scope.
   */
  can(action: string): boolean;
  /** Appends an audit entry in the caller's transaction. */
  audit(tx: PluginTx, entry: PluginAuditEntry): Promise<void>;
  /**
   * The service request made from one of this plugin's form submissions, read in the caller's transaction.
   * @throws NotFoundError when there is none in the user's scope, or it comes from another plugin's form.
   */
  serviceRequest(tx: PluginTx, id: string): Promise<PluginServiceRequestState>;
  /**
   * Moves a service request made from one of this plugin's forms along the host's workflow, in the caller's
   * transaction, by the same code as the admin's 服务申请 page: the row is locked, `version` must still be the
   * request's, the move must be one the workflow allows, the user needs `service-requests:handle` at its
   * village; the move is written to the request's timeline and the audit log, and the plugin's
   * `onFormStatusChanged` hook hears of it. Answers the request's new state.
   * @throws NotFoundError when the request is not in the user's scope or comes from another plugin's form.
   * @throws NotAllowedError without `service-requests:handle` at the request's village.
   * @throws ConflictError for a stale `version`.
   * @throws InputError (path `to` or `note`) for a move the workflow does not allow.
   */
  transitionServiceRequest(
    tx: PluginTx,
    change: PluginServiceRequestTransition,
  ): Promise<PluginServiceRequestState>;
}

/** Hono's type parameters for a plugin's routes. */
export interface PluginEnv<S> {
  Variables: { cunshe: PluginRequestContext<S> };
}

/** The Hono sub-app a plugin's `routes` fills; the host mounts it under `/api/plugins/<id>`. */
export type PluginApp<S> = Hono<PluginEnv<S>>;

/** What a hook is given: the village, its resolved settings and a county-scoped transaction. */
export interface HookContext<S> {
  tenantId: string;
  villageId: string;
  settings: S;
  tx: PluginTx;
}

/** What `onFormStatusChanged` is given besides {@link HookContext}. */
export interface FormStatusChange {
  submissionId: string;
  formKey: string;
  from: string | null;
  to: string;
}
