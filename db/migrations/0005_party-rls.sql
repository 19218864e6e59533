-- The village party organization (db/src/schema/party.ts): every table is the county's, under forced RLS.
SELECT cunshe_apply_tenant_rls('party_organizations');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_members');
--> statement-breakpoint
-- A member's transfer history is append-only for the API role: no UPDATE, no DELETE.
SELECT cunshe_apply_tenant_rls('party_member_transfers', 'SELECT, INSERT');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_member_contacts');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_member_assessments');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('village_committees');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('cadres');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_activities');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_activity_participants');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_meetings');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_meeting_attendances');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_dues');
--> statement-breakpoint
SELECT cunshe_apply_tenant_rls('party_dues_settings');
