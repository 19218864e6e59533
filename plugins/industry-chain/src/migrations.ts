import type { PluginMigration } from '@cunshe/plugin-sdk';

/*
 * The plugin's tables, created once and recorded by the host (never edit a shipped migration: add one).
 * `tenant_id` leads every primary key and index, and each row points at its village with a composite key;
 * the host adds forced row-level security. Only the three associations with a party branch may have
 * branch members.
 */
const init = `
create table industry_chain_members (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  association_key text not null check (association_key in ('practical-tech-talent', 'private-economy', 'sericulture', 'pig-farming')),
  name text not null,
  mobile text,
  scale text,
  officer_title text check (officer_title in ('president', 'vice-president', 'secretary-general', 'director')),
  joined_on date not null,
  left_on date,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id),
  check (left_on is null or left_on >= joined_on)
);
--> statement-breakpoint
create index industry_chain_members_village on industry_chain_members (tenant_id, village_id, association_key, left_on);
--> statement-breakpoint
create table industry_chain_branch_members (
  tenant_id uuid not null,
  village_id uuid not null,
  id uuid not null default gen_random_uuid(),
  association_key text not null check (association_key in ('private-economy', 'sericulture', 'pig-farming')),
  name text not null,
  post text not null check (post in ('secretary', 'deputy-secretary', 'committee-member', 'member')),
  mobile text,
  joined_party_on date,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, village_id) references villages (tenant_id, id)
);
--> statement-breakpoint
create index industry_chain_branch_members_village on industry_chain_branch_members (tenant_id, village_id, association_key);
`;

/** The migrations of the industry-chain plugin, in order. */
export const migrations: PluginMigration[] = [{ name: '0001_members_and_branches', sql: init }];
