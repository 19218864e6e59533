CREATE TYPE "public"."settings_level" AS ENUM('county', 'township', 'village');--> statement-breakpoint
CREATE TABLE "plugin_migrations" (
	"plugin_id" text NOT NULL,
	"name" text NOT NULL,
	"checksum" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_migrations_plugin_id_name_pk" PRIMARY KEY("plugin_id","name")
);
--> statement-breakpoint
CREATE TABLE "plugin_settings" (
	"tenant_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"level" "settings_level" NOT NULL,
	"scope_id" uuid NOT NULL,
	"values" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_settings_tenant_id_plugin_id_level_scope_id_pk" PRIMARY KEY("tenant_id","plugin_id","level","scope_id")
);
--> statement-breakpoint
CREATE TABLE "plugins" (
	"id" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"name" jsonb NOT NULL,
	"village_types" text[] NOT NULL,
	"catalogue" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_plugins" (
	"tenant_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"is_enabled" boolean NOT NULL,
	"override_reason" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_plugins_tenant_id_village_id_plugin_id_pk" PRIMARY KEY("tenant_id","village_id","plugin_id")
);
--> statement-breakpoint
ALTER TABLE "plugin_migrations" ADD CONSTRAINT "plugin_migrations_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_settings" ADD CONSTRAINT "plugin_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_settings" ADD CONSTRAINT "plugin_settings_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_plugins" ADD CONSTRAINT "village_plugins_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_plugins" ADD CONSTRAINT "village_plugins_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_plugins" ADD CONSTRAINT "village_plugins_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "village_plugins_tenant_id_plugin_id_index" ON "village_plugins" USING btree ("tenant_id","plugin_id");