CREATE TABLE "equipment_allocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"item" text NOT NULL,
	"quantity" integer NOT NULL,
	"sent_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_allocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "funding_allocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"village_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"source" text,
	"allocated_on" date NOT NULL,
	"approver" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_allocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "equipment_allocations" ADD CONSTRAINT "equipment_allocations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_allocations" ADD CONSTRAINT "equipment_allocations_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_tenant_id_village_id_villages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","village_id") REFERENCES "public"."villages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "equipment_allocations_tenant_id_village_id_sent_on_index" ON "equipment_allocations" USING btree ("tenant_id","village_id","sent_on");--> statement-breakpoint
CREATE INDEX "funding_allocations_tenant_id_village_id_allocated_on_index" ON "funding_allocations" USING btree ("tenant_id","village_id","allocated_on");