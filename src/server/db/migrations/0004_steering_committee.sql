-- The steering committee of a planning cycle: who sits on it, for which constituency, in which
-- role; and the district's own representation targets beside the framework's rules.

create table committee_members (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- A member may have a Waymark account (then they get tasks and mail) or be named only.
  user_id uuid references users(id) on delete set null,
  name text not null,
  constituency text not null check (constituency in ('board', 'union_or_association', 'district_leadership', 'principals', 'teachers',
    'support_staff', 'families', 'students', 'community', 'business', 'higher_education')),
  committee_role text not null check (committee_role in ('chair', 'facilitator', 'member', 'sponsor')),
  title text,
  email text,
  phone text,
  is_active boolean not null default true,
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index committee_members_cycle_idx on committee_members(cycle_id, position);
create index committee_members_organization_idx on committee_members(organization_id);

create table representation_targets (
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  constituency text not null check (constituency in ('board', 'union_or_association', 'district_leadership', 'principals', 'teachers',
    'support_staff', 'families', 'students', 'community', 'business', 'higher_education')),
  minimum integer not null check (minimum between 0 and 100),
  primary key (cycle_id, constituency)
);
create index representation_targets_organization_idx on representation_targets(organization_id);
