-- County isolation for Open311 API keys (DESIGN.md tenancy rules 2-4). A key is revoked, never deleted.
SELECT cunshe_apply_tenant_rls('open311_api_keys', 'SELECT, INSERT, UPDATE');
