-- Plugins: the registry is platform data, read-only to tenants; enablement and settings are the county's.
SELECT cunshe_apply_tenant_rls('village_plugins');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('plugin_settings');
--> statement-breakpoint
GRANT SELECT ON plugins, plugin_migrations TO cunshe_api;
