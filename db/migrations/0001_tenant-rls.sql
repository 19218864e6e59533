-- County isolation (DESIGN.md tenancy rules 2-4). Roles are cluster-wide, so every statement here is
-- idempotent: a second database in the same cluster migrates cleanly.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cunshe_api') THEN
    CREATE ROLE cunshe_api NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO cunshe_api;
--> statement-breakpoint
-- Applies forced RLS with a fail-closed policy to one tenant-owned table and grants it to the API role.
-- A missing or empty app.tenant_id gives NULL: no rows are visible and every write fails the check.
-- With is_platform_scoped, rows are also visible when app.scope = 'platform' (login before a tenant is known).
CREATE OR REPLACE FUNCTION cunshe_apply_tenant_rls(tbl regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE', is_platform_scoped boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  tenant_expr text := $e$tenant_id = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)$e$;
  expr text;
BEGIN
  expr := CASE WHEN is_platform_scoped
    THEN '(' || tenant_expr || $e$) OR (SELECT current_setting('app.scope', true) = 'platform')$e$
    ELSE tenant_expr END;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)', tbl, expr, expr);
  EXECUTE format('GRANT %s ON %s TO cunshe_api', privileges, tbl);
END
$fn$;
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('townships');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('villages');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('role_permissions');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('users', is_platform_scoped => true);
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('sessions', is_platform_scoped => true);
--> statement-breakpoint
-- The audit log is append-only for the API role: no UPDATE, no DELETE.
SELECT cunshe_apply_tenant_rls('audit_log', 'SELECT, INSERT');
--> statement-breakpoint
GRANT SELECT ON divisions, division_datasets, division_aliases, tenants TO cunshe_api;
