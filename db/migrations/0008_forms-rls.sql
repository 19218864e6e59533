-- Forms and service requests (db/src/schema/forms.ts): every table is the county's, under forced RLS.
-- A form version, a submission and its files are written once and never changed by the API role.
SELECT cunshe_apply_tenant_rls('form_versions', 'SELECT, INSERT');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('form_submissions', 'SELECT, INSERT');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('form_attachments', 'SELECT, INSERT');
--> statement-breakpoint
-- A service request moves through its workflow (UPDATE) but is never deleted.
SELECT cunshe_apply_tenant_rls('service_requests', 'SELECT, INSERT, UPDATE');
--> statement-breakpoint
-- The timeline is append-only: no UPDATE, no DELETE.
SELECT cunshe_apply_tenant_rls('service_request_events', 'SELECT, INSERT');
