import type { PluginMigration } from '@cunshe/plugin-sdk';

/*
 * The plugin's tables, created once and recorded by the host (never edit a shipped migration: add one).
 * `tenant_id` leads every primary key and index, and each row points at its village with a composite key;
 * the host adds forced row-level security. Wages are integer fen.
 */
const init = `
create table industrial_job_seekers (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  mobile text,
  gender text not null check (gender in ('male', 'female')),
  birth_year integer not null,
  education text not null check (education in ('primary', 'junior', 'senior', 'college', 'bachelor')),
  skills text[] not null default '{}',
  desired_work text not null,
  expected_monthly_wage_fen integer check (expected_monthly_wage_fen >= 0),
  can_work_shifts boolean not null,
  is_seeking boolean not null default true,
  submission_id uuid,
  registered_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index industrial_job_seekers_village on industrial_job_seekers (tenant_id, village_id, is_seeking, registered_at);
--> statement-breakpoint
create table industrial_job_openings (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  employer text not null,
  title text not null,
  headcount integer not null check (headcount > 0),
  wage_min_fen integer not null check (wage_min_fen >= 0),
  wage_max_fen integer not null,
  min_age integer,
  max_age integer,
  min_education text check (min_education in ('primary', 'junior', 'senior', 'college', 'bachelor')),
  skills text[] not null default '{}',
  workplace text not null,
  needs_shifts boolean not null,
  closes_on date,
  is_open boolean not null default true,
  posted_by uuid not null,
  posted_by_name text not null,
  posted_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id),
  check (wage_max_fen >= wage_min_fen),
  check (max_age is null or min_age is null or max_age >= min_age)
);
--> statement-breakpoint
create index industrial_job_openings_village on industrial_job_openings (tenant_id, village_id, is_open, posted_at);
--> statement-breakpoint
create table industrial_cadre_duties (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  cadre_name text not null,
  post text not null,
  party_building_duty text not null,
  service_duty text not null,
  service_point_key text check (service_point_key in ('social-insurance-point', 'medical-insurance-point', 'employment-point')),
  sort_order integer not null default 0,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index industrial_cadre_duties_village on industrial_cadre_duties (tenant_id, village_id, sort_order);
`;

/** The migrations of the industrial plugin, in order. */
export const migrations: PluginMigration[] = [{ name: '0001_employment_and_cadre_duties', sql: init }];
