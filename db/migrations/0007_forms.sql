CREATE TYPE "public"."service_request_event_kind" AS ENUM('submitted', 'transition', 'assignment', 'comment');--> statement-breakpoint
CREATE TYPE "public"."service_request_status" AS ENUM('submitted', 'accepted', 'in-progress', 'resolved', 'rejected');--> statement-breakpoint
CREATE TABLE "form_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"form_key" text NOT NULL,
	"form_version" integer NOT NULL,
	"station" text,
	"villager_name" text NOT NULL,
	"villager_phone" text,
	"data" jsonb NOT NULL,
	"sealed_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_by_name" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "form_submissions_tenantId_idempotencyKey_unique" UNIQUE("tenant_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "form_versions" (
	"tenant_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"form_key" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"first_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_versions_tenant_id_plugin_id_form_key_version_pk" PRIMARY KEY("tenant_id","plugin_id","form_key","version")
);
--> statement-breakpoint
CREATE TABLE "service_request_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" "service_request_event_kind" NOT NULL,
	"from_status" "service_request_status",
	"to_status" "service_request_status",
	"note" text,
	"station" text,
	"assignee_id" uuid,
	"assignee_name" text,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_request_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"status" "service_request_status" DEFAULT 'submitted' NOT NULL,
	"station" text,
	"assignee_id" uuid,
	"due_at" timestamp with time zone,
	"rejection_reason" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "form_attachments" ADD CONSTRAINT "form_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_attachments" ADD CONSTRAINT "form_attachments_tenant_id_submission_id_form_submissions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","submission_id") REFERENCES "public"."form_submissions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_tenant_id_plugin_id_form_key_form_version_form_versions_tenant_id_plugin_id_form_key_version_fk" FOREIGN KEY ("tenant_id","plugin_id","form_key","form_version") REFERENCES "public"."form_versions"("tenant_id","plugin_id","form_key","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_tenant_id_request_id_service_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."service_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_id_form_submissions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","id") REFERENCES "public"."form_submissions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_attachments_tenant_id_submission_id_index" ON "form_attachments" USING btree ("tenant_id","submission_id");--> statement-breakpoint
CREATE INDEX "form_submissions_tenant_id_village_id_created_at_index" ON "form_submissions" USING btree ("tenant_id","village_id","created_at");--> statement-breakpoint
CREATE INDEX "form_submissions_tenant_id_plugin_id_form_key_created_at_index" ON "form_submissions" USING btree ("tenant_id","plugin_id","form_key","created_at");--> statement-breakpoint
CREATE INDEX "service_request_events_tenant_id_request_id_at_index" ON "service_request_events" USING btree ("tenant_id","request_id","at");--> statement-breakpoint
CREATE INDEX "service_requests_tenant_id_village_id_status_created_at_index" ON "service_requests" USING btree ("tenant_id","village_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_tenant_id_status_due_at_index" ON "service_requests" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE INDEX "service_requests_tenant_id_assignee_id_index" ON "service_requests" USING btree ("tenant_id","assignee_id");