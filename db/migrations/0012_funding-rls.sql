-- County isolation for funding and equipment allocations (DESIGN.md tenancy rules 2-4).
SELECT cunshe_apply_tenant_rls('funding_allocations');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('equipment_allocations');
