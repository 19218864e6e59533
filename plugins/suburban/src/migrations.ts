import type { PluginMigration } from '@cunshe/plugin-sdk';

/*
 * The plugin's tables, created once and recorded by the host (never edit a shipped migration: add one).
 * `tenant_id` leads every primary key, unique key and index; rows point at their village, and service records
 * at their volunteer, with composite keys; the host adds forced row-level security. Service time is minutes.
 */
const init = `
create table suburban_volunteers (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  mobile text,
  skills text,
  is_party_member boolean not null,
  joined_on date not null,
  left_on date,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index suburban_volunteers_village on suburban_volunteers (tenant_id, village_id, left_on, joined_on);
--> statement-breakpoint
create table suburban_service_records (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  volunteer_id uuid not null,
  served_on date not null,
  kind text not null check (kind in ('voluntary-labour', 'pairing-assistance', 'dedication-day', 'elder-care', 'environment', 'public-security', 'other')),
  place text,
  description text not null,
  minutes integer not null check (minutes > 0 and minutes <= 1440),
  recorded_by uuid not null,
  recorded_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id),
  foreign key (tenant_id, volunteer_id) references suburban_volunteers (tenant_id, id)
);
--> statement-breakpoint
create index suburban_service_records_village on suburban_service_records (tenant_id, village_id, served_on);
--> statement-breakpoint
create index suburban_service_records_volunteer on suburban_service_records (tenant_id, volunteer_id, served_on);
--> statement-breakpoint
create table suburban_office_desks (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  office_key text not null check (office_key in ('party-member-service-office', 'civil-affairs-office', 'employment-office', 'legal-advice-office', 'housekeeping-office')),
  room text not null,
  on_duty text not null,
  phone text,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, village_id, office_key),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
`;

/** The migrations of the suburban plugin, in order. */
export const migrations: PluginMigration[] = [{ name: '0001_volunteers_and_offices', sql: init }];
