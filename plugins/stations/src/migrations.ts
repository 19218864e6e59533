import type { PluginMigration } from '@cunshe/plugin-sdk';

/*
 * The plugin's tables, created once and recorded by the host (never edit a shipped migration: add one).
 * Every table has `tenant_id` first in its primary key and its indexes, and points at its village with a
 * composite key, so a row cannot name another county's village; the host adds forced row-level security.
 */
const init = `
create table stations_staff (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  station_key text not null check (station_key in ('help-station', 'agriculture-station', 'medical-station', 'police-station', 'publicity-room', 'culture-room')),
  name text not null,
  post text not null,
  mobile text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index stations_staff_village on stations_staff (tenant_id, village_id, station_key, name);
--> statement-breakpoint
create table stations_room_activities (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  room_key text not null check (room_key in ('publicity-room', 'culture-room')),
  held_on date not null,
  topic text not null,
  attendance integer not null check (attendance >= 0),
  note text,
  recorded_by uuid not null,
  recorded_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index stations_room_activities_village on stations_room_activities (tenant_id, village_id, room_key, held_on);
`;

/** The migrations of the stations plugin, in order. */
export const migrations: PluginMigration[] = [{ name: '0001_staff_and_room_activities', sql: init }];
