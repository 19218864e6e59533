CREATE TYPE "public"."evaluation_assessment_status" AS ENUM('draft', 'submitted', 'reviewed', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."evaluation_criterion" AS ENUM('leadership', 'cadres', 'mechanism', 'performance', 'feedback');--> statement-breakpoint
CREATE TYPE "public"."evaluation_period_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "evaluation_assessments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"status" "evaluation_assessment_status" DEFAULT 'draft' NOT NULL,
	"self_comment" text,
	"review_comment" text,
	"return_reason" text,
	"total_score" numeric(20, 10),
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_assessments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evaluation_assessments_tenantId_periodId_villageId_unique" UNIQUE("tenant_id","period_id","village_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_criterion_weights" (
	"tenant_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"criterion" "evaluation_criterion" NOT NULL,
	"weight_bp" integer NOT NULL,
	CONSTRAINT "evaluation_criterion_weights_tenant_id_period_id_criterion_pk" PRIMARY KEY("tenant_id","period_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "evaluation_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"criterion" "evaluation_criterion" NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"weight_bp" integer NOT NULL,
	CONSTRAINT "evaluation_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evaluation_items_tenantId_periodId_criterion_position_unique" UNIQUE("tenant_id","period_id","criterion","position")
);
--> statement-breakpoint
CREATE TABLE "evaluation_periods" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" "evaluation_period_status" DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_periods_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evaluation_periods_tenantId_name_unique" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"tenant_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment" text,
	CONSTRAINT "evaluation_scores_tenant_id_assessment_id_item_id_pk" PRIMARY KEY("tenant_id","assessment_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_assessments" ADD CONSTRAINT "evaluation_assessments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessments" ADD CONSTRAINT "evaluation_assessments_tenant_id_period_id_evaluation_periods_tenant_id_id_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."evaluation_periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessments" ADD CONSTRAINT "evaluation_assessments_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criterion_weights" ADD CONSTRAINT "evaluation_criterion_weights_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criterion_weights" ADD CONSTRAINT "evaluation_criterion_weights_tenant_id_period_id_evaluation_periods_tenant_id_id_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."evaluation_periods"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_tenant_id_period_id_evaluation_periods_tenant_id_id_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."evaluation_periods"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_periods" ADD CONSTRAINT "evaluation_periods_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_tenant_id_assessment_id_evaluation_assessments_tenant_id_id_fk" FOREIGN KEY ("tenant_id","assessment_id") REFERENCES "public"."evaluation_assessments"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_tenant_id_item_id_evaluation_items_tenant_id_id_fk" FOREIGN KEY ("tenant_id","item_id") REFERENCES "public"."evaluation_items"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_assessments_tenant_id_village_id_index" ON "evaluation_assessments" USING btree ("tenant_id","village_id");--> statement-breakpoint
CREATE INDEX "evaluation_periods_tenant_id_created_at_index" ON "evaluation_periods" USING btree ("tenant_id","created_at");