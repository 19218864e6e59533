-- County isolation for the three party-member centres (DESIGN.md tenancy rules 2-4).
SELECT cunshe_apply_tenant_rls('party_centres');
