-- County isolation for the five-goods evaluation (DESIGN.md tenancy rules 2-4).
SELECT cunshe_apply_tenant_rls('evaluation_periods');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('evaluation_criterion_weights');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('evaluation_items');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('evaluation_assessments');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('evaluation_scores');
