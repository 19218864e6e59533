import type { PluginMigration } from '@cunshe/plugin-sdk';

/*
 * The plugin's tables, created once and recorded by the host (never edit a shipped migration: add one).
 * `tenant_id` leads every primary key and index; rows point at their village, and records at their member,
 * with composite keys; the host adds forced row-level security. An agency request's id is its submission's.
 */
const init = `
create table market_town_agency_requests (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null,
  stage text not null default 'received' check (stage in ('received', 'sent', 'result-back', 'returned', 'cancelled')),
  county_office text,
  carried text,
  sent_on date,
  sent_by_name text,
  result text,
  result_on date,
  returned_on date,
  returned_by_name text,
  return_note text,
  received_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index market_town_agency_requests_village on market_town_agency_requests (tenant_id, village_id, stage, received_at);
--> statement-breakpoint
create table market_town_floating_members (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  mobile text not null,
  destination text not null,
  work text,
  management text not null check (management in ('direct', 'joint', 'proxy')),
  certificate_number text,
  left_on date not null,
  returned_on date,
  registered_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index market_town_floating_members_village on market_town_floating_members (tenant_id, village_id, returned_on, left_on);
--> statement-breakpoint
create table market_town_floating_records (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  member_id uuid not null,
  kind text not null check (kind in ('check-in', 'activity')),
  happened_on date not null,
  place text not null,
  channel text check (channel in ('in-person', 'phone', 'online', 'letter')),
  description text not null,
  recorded_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id),
  foreign key (tenant_id, member_id) references market_town_floating_members (tenant_id, id)
);
--> statement-breakpoint
create index market_town_floating_records_member on market_town_floating_records (tenant_id, member_id, kind, happened_on);
`;

/** The migrations of the market-town plugin, in order. */
export const migrations: PluginMigration[] = [{ name: '0001_agency_and_floating_members', sql: init }];
