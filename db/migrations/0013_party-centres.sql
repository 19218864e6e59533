CREATE TYPE "public"."party_centre_kind" AS ENUM('activity', 'service', 'education-training');--> statement-breakpoint
CREATE TYPE "public"."party_centre_service" AS ENUM('party-member-services', 'civil-affairs', 'employment', 'legal-advice', 'housekeeping');--> statement-breakpoint
CREATE TABLE "party_centres" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid,
	"township_id" uuid,
	"kind" "party_centre_kind" NOT NULL,
	"name" text NOT NULL,
	"services" "party_centre_service"[] DEFAULT '{}' NOT NULL,
	"address" text,
	"opening_hours" text,
	"person_in_charge" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_centres_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_centres_tenantId_villageId_kind_unique" UNIQUE("tenant_id","village_id","kind"),
	CONSTRAINT "party_centres_tenantId_townshipId_kind_unique" UNIQUE("tenant_id","township_id","kind"),
	CONSTRAINT "party_centres_one_place" CHECK (("party_centres"."village_id" is null) <> ("party_centres"."township_id" is null))
);
--> statement-breakpoint
ALTER TABLE "party_organizations" DROP CONSTRAINT "party_organizations_group_has_parent";--> statement-breakpoint
ALTER TABLE "party_activities" ADD COLUMN "centre_id" uuid;--> statement-breakpoint
ALTER TABLE "party_centres" ADD CONSTRAINT "party_centres_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_centres" ADD CONSTRAINT "party_centres_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_centres" ADD CONSTRAINT "party_centres_tenant_id_township_id_townships_tenant_id_id_fk" FOREIGN KEY ("tenant_id","township_id") REFERENCES "public"."townships"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "party_centres_tenant_id_kind_index" ON "party_centres" USING btree ("tenant_id","kind");--> statement-breakpoint
ALTER TABLE "party_activities" ADD CONSTRAINT "party_activities_tenant_id_centre_id_party_centres_tenant_id_id_fk" FOREIGN KEY ("tenant_id","centre_id") REFERENCES "public"."party_centres"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "party_activities_tenant_id_centre_id_index" ON "party_activities" USING btree ("tenant_id","centre_id");--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_group_has_parent" CHECK (("party_organizations"."kind" <> 'party-group' or "party_organizations"."parent_id" is not null) and ("party_organizations"."parent_id" is null or "party_organizations"."kind" in ('party-group', 'association-branch')));