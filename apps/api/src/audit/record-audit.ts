/**
 * Every write made through the API appends an audit entry in its own transaction with `recordAudit(tx,
 * entry)`; it lives in `@cunshe/auth` so that account operations can use it too.
 */
export { type AuditActor, type AuditEntryInput, recordAudit } from '@cunshe/auth';
