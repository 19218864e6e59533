CREATE TYPE "public"."party_assessment_result" AS ENUM('excellent', 'competent', 'basically-competent', 'incompetent');--> statement-breakpoint
CREATE TYPE "public"."cadre_post" AS ENUM('secretary', 'deputy-secretary', 'director', 'deputy-director', 'member');--> statement-breakpoint
CREATE TYPE "public"."cadre_selection" AS ENUM('elected', 'hired', 'dispatched', 'seconded');--> statement-breakpoint
CREATE TYPE "public"."party_contact_method" AS ENUM('visit', 'phone', 'message', 'meeting');--> statement-breakpoint
CREATE TYPE "public"."floating_management_mode" AS ENUM('direct', 'joint', 'proxy');--> statement-breakpoint
CREATE TYPE "public"."party_activity_kind" AS ENUM('vanguard-post', 'demonstration-zone', 'volunteer-team', 'voluntary-labour', 'dedication-day', 'pairing-assistance');--> statement-breakpoint
CREATE TYPE "public"."party_meeting_kind" AS ENUM('general-meeting', 'committee-meeting', 'group-meeting', 'party-lesson');--> statement-breakpoint
CREATE TYPE "public"."party_member_category" AS ENUM('resident', 'in-service', 'unemployed', 'floating');--> statement-breakpoint
CREATE TYPE "public"."party_member_status" AS ENUM('full', 'probationary', 'transferred-out', 'deceased');--> statement-breakpoint
CREATE TYPE "public"."party_organization_kind" AS ENUM('branch', 'general-branch', 'party-group', 'association-branch');--> statement-breakpoint
CREATE TYPE "public"."person_gender" AS ENUM('male', 'female');--> statement-breakpoint
CREATE TYPE "public"."village_committee_kind" AS ENUM('party-branch-committee', 'villagers-committee');--> statement-breakpoint
CREATE TABLE "cadres" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"member_id" uuid,
	"name" text NOT NULL,
	"post" "cadre_post" NOT NULL,
	"selection" "cadre_selection" NOT NULL,
	"is_two_recommendations_one_election" boolean DEFAULT false NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadres_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "cadres_dates" CHECK ("cadres"."ended_on" is null or "cadres"."ended_on" >= "cadres"."started_on")
);
--> statement-breakpoint
CREATE TABLE "party_activities" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"organization_id" uuid,
	"kind" "party_activity_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"location" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	"household_name" text,
	"household_situation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_activities_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_activities_dates" CHECK ("party_activities"."ended_on" is null or "party_activities"."ended_on" >= "party_activities"."started_on"),
	CONSTRAINT "party_activities_household" CHECK ("party_activities"."kind" <> 'pairing-assistance' or "party_activities"."household_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "party_activity_participants" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"hours" numeric(6, 1) DEFAULT 0 NOT NULL,
	"role" text,
	CONSTRAINT "party_activity_participants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_activity_participants_tenantId_activityId_memberId_unique" UNIQUE("tenant_id","activity_id","member_id"),
	CONSTRAINT "party_activity_participants_hours" CHECK ("party_activity_participants"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "party_dues" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"month" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"retained_fen" integer NOT NULL,
	"paid_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_dues_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_dues_tenantId_memberId_month_unique" UNIQUE("tenant_id","member_id","month"),
	CONSTRAINT "party_dues_month" CHECK ("party_dues"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "party_dues_amounts" CHECK ("party_dues"."amount_fen" >= 0 and "party_dues"."retained_fen" between 0 and "party_dues"."amount_fen")
);
--> statement-breakpoint
CREATE TABLE "party_dues_settings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"retained_share_basis_points" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_dues_settings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_dues_settings_tenantId_unique" UNIQUE("tenant_id"),
	CONSTRAINT "party_dues_settings_share" CHECK ("party_dues_settings"."retained_share_basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "party_meeting_attendances" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"is_present" boolean NOT NULL,
	"absence_reason" text,
	CONSTRAINT "party_meeting_attendances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_meeting_attendances_tenantId_meetingId_memberId_unique" UNIQUE("tenant_id","meeting_id","member_id"),
	CONSTRAINT "party_meeting_attendances_reason" CHECK ("party_meeting_attendances"."is_present" or ("party_meeting_attendances"."absence_reason" is not null and "party_meeting_attendances"."absence_reason" <> ''))
);
--> statement-breakpoint
CREATE TABLE "party_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "party_meeting_kind" NOT NULL,
	"topic" text NOT NULL,
	"planned_on" date,
	"held_on" date,
	"location" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_meetings_date" CHECK ("party_meetings"."planned_on" is not null or "party_meetings"."held_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "party_member_assessments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"period" text NOT NULL,
	"assessed_on" date NOT NULL,
	"result" "party_assessment_result" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_member_assessments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_member_assessments_tenantId_memberId_period_unique" UNIQUE("tenant_id","member_id","period")
);
--> statement-breakpoint
CREATE TABLE "party_member_contacts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"method" "party_contact_method" NOT NULL,
	"note" text NOT NULL,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_member_contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "party_member_transfers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"from_village_id" uuid NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_village_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"transferred_on" date NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_member_transfers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "party_members" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"group_id" uuid,
	"name" text NOT NULL,
	"gender" "person_gender" NOT NULL,
	"id_number_sealed" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"phone" text,
	"category" "party_member_category" NOT NULL,
	"status" "party_member_status" DEFAULT 'full' NOT NULL,
	"joined_on" date NOT NULL,
	"employer_name" text,
	"employer_party_organization" text,
	"registered_on" date,
	"certificate_number" text,
	"certificate_valid_from" date,
	"certificate_valid_until" date,
	"current_location" text,
	"management_mode" "floating_management_mode",
	"managing_organization_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_members_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_members_tenantId_idNumberHash_unique" UNIQUE("tenant_id","id_number_hash"),
	CONSTRAINT "party_members_in_service" CHECK ("party_members"."category" <> 'in-service' or ("party_members"."employer_name" is not null and "party_members"."employer_party_organization" is not null)),
	CONSTRAINT "party_members_unemployed" CHECK ("party_members"."category" <> 'unemployed' or "party_members"."registered_on" is not null),
	CONSTRAINT "party_members_floating" CHECK ("party_members"."category" <> 'floating' or ("party_members"."certificate_number" is not null and "party_members"."certificate_valid_from" is not null
        and "party_members"."certificate_valid_until" >= "party_members"."certificate_valid_from" and "party_members"."current_location" is not null
        and "party_members"."management_mode" is not null
        and ("party_members"."management_mode" = 'direct' or "party_members"."managing_organization_name" is not null)))
);
--> statement-breakpoint
CREATE TABLE "party_organizations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"kind" "party_organization_kind" NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"plugin_id" text,
	"association_key" text,
	"secretary_member_id" uuid,
	"established_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_organizations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "party_organizations_tenantId_villageId_name_unique" UNIQUE("tenant_id","village_id","name"),
	CONSTRAINT "party_organizations_tenantId_villageId_pluginId_associationKey_unique" UNIQUE("tenant_id","village_id","plugin_id","association_key"),
	CONSTRAINT "party_organizations_group_has_parent" CHECK (("party_organizations"."kind" = 'party-group') = ("party_organizations"."parent_id" is not null)),
	CONSTRAINT "party_organizations_association_key" CHECK (("party_organizations"."kind" = 'association-branch') = ("party_organizations"."association_key" is not null))
);
--> statement-breakpoint
CREATE TABLE "village_committees" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"kind" "village_committee_kind" NOT NULL,
	"term_started_on" date NOT NULL,
	"term_ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_committees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "village_committees_tenantId_villageId_kind_termStartedOn_unique" UNIQUE("tenant_id","village_id","kind","term_started_on"),
	CONSTRAINT "village_committees_term" CHECK ("village_committees"."term_ends_on" > "village_committees"."term_started_on")
);
--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_tenant_id_committee_id_village_committees_tenant_id_id_fk" FOREIGN KEY ("tenant_id","committee_id") REFERENCES "public"."village_committees"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activities" ADD CONSTRAINT "party_activities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activities" ADD CONSTRAINT "party_activities_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activities" ADD CONSTRAINT "party_activities_tenant_id_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activity_participants" ADD CONSTRAINT "party_activity_participants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activity_participants" ADD CONSTRAINT "party_activity_participants_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activity_participants" ADD CONSTRAINT "party_activity_participants_tenant_id_activity_id_party_activities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."party_activities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_activity_participants" ADD CONSTRAINT "party_activity_participants_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_dues" ADD CONSTRAINT "party_dues_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_dues" ADD CONSTRAINT "party_dues_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_dues" ADD CONSTRAINT "party_dues_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_dues" ADD CONSTRAINT "party_dues_tenant_id_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_dues_settings" ADD CONSTRAINT "party_dues_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meeting_attendances" ADD CONSTRAINT "party_meeting_attendances_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meeting_attendances" ADD CONSTRAINT "party_meeting_attendances_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meeting_attendances" ADD CONSTRAINT "party_meeting_attendances_tenant_id_meeting_id_party_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."party_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meeting_attendances" ADD CONSTRAINT "party_meeting_attendances_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meetings" ADD CONSTRAINT "party_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meetings" ADD CONSTRAINT "party_meetings_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_meetings" ADD CONSTRAINT "party_meetings_tenant_id_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_assessments" ADD CONSTRAINT "party_member_assessments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_assessments" ADD CONSTRAINT "party_member_assessments_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_assessments" ADD CONSTRAINT "party_member_assessments_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_contacts" ADD CONSTRAINT "party_member_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_contacts" ADD CONSTRAINT "party_member_contacts_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_contacts" ADD CONSTRAINT "party_member_contacts_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_from_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_to_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","to_village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_from_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_member_transfers" ADD CONSTRAINT "party_member_transfers_tenant_id_to_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","to_organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_members" ADD CONSTRAINT "party_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_members" ADD CONSTRAINT "party_members_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_members" ADD CONSTRAINT "party_members_tenant_id_organization_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organization_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_members" ADD CONSTRAINT "party_members_tenant_id_group_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","group_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_tenant_id_parent_id_party_organizations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."party_organizations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_tenant_id_secretary_member_id_party_members_tenant_id_id_fk" FOREIGN KEY ("tenant_id","secretary_member_id") REFERENCES "public"."party_members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_committees" ADD CONSTRAINT "village_committees_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_committees" ADD CONSTRAINT "village_committees_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadres_tenant_id_village_id_index" ON "cadres" USING btree ("tenant_id","village_id");--> statement-breakpoint
CREATE INDEX "cadres_tenant_id_committee_id_index" ON "cadres" USING btree ("tenant_id","committee_id");--> statement-breakpoint
CREATE INDEX "cadres_tenant_id_member_id_index" ON "cadres" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE INDEX "party_activities_tenant_id_village_id_started_on_index" ON "party_activities" USING btree ("tenant_id","village_id","started_on");--> statement-breakpoint
CREATE INDEX "party_activity_participants_tenant_id_member_id_index" ON "party_activity_participants" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE INDEX "party_dues_tenant_id_village_id_month_index" ON "party_dues" USING btree ("tenant_id","village_id","month");--> statement-breakpoint
CREATE INDEX "party_meeting_attendances_tenant_id_member_id_index" ON "party_meeting_attendances" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE INDEX "party_meetings_tenant_id_organization_id_kind_held_on_index" ON "party_meetings" USING btree ("tenant_id","organization_id","kind","held_on");--> statement-breakpoint
CREATE INDEX "party_meetings_tenant_id_village_id_planned_on_index" ON "party_meetings" USING btree ("tenant_id","village_id","planned_on");--> statement-breakpoint
CREATE INDEX "party_member_contacts_tenant_id_member_id_contacted_on_index" ON "party_member_contacts" USING btree ("tenant_id","member_id","contacted_on");--> statement-breakpoint
CREATE INDEX "party_member_transfers_tenant_id_member_id_transferred_on_index" ON "party_member_transfers" USING btree ("tenant_id","member_id","transferred_on");--> statement-breakpoint
CREATE INDEX "party_members_tenant_id_village_id_category_index" ON "party_members" USING btree ("tenant_id","village_id","category");--> statement-breakpoint
CREATE INDEX "party_members_tenant_id_organization_id_index" ON "party_members" USING btree ("tenant_id","organization_id");--> statement-breakpoint
CREATE INDEX "party_members_tenant_id_name_index" ON "party_members" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "party_organizations_tenant_id_village_id_kind_index" ON "party_organizations" USING btree ("tenant_id","village_id","kind");--> statement-breakpoint
CREATE INDEX "village_committees_tenant_id_village_id_kind_index" ON "village_committees" USING btree ("tenant_id","village_id","kind");