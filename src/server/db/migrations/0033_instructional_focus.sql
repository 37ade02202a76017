-- Performance Fact's 4-page Instructional Focus (issue 16): one per planning cycle, written in
-- Waymark and printed in four pages. content: core/evidence/instructional-focus InstructionalFocus.
create table instructional_focuses (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  cycle_id uuid not null unique references planning_cycles(id) on delete cascade,
  content jsonb not null,
  version integer not null default 1,
  updated_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index instructional_focuses_organization_idx on instructional_focuses(organization_id);
