-- Who the district serves, entered once (district-wide and per school) by role, race and
-- ethnicity, language at home and grade band: survey representation compares respondents with it.
-- The evidence domain's enrolment imports will fill the same rows (source 'imported').

create table populations (
  organization_id uuid primary key references organizations(id) on delete cascade,
  version integer not null default 1,
  updated_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now()
);

create table population_groups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  -- '' is the district as a whole; otherwise a school's name as the district writes it.
  school text not null default '',
  dimension text not null check (dimension in ('role', 'race_ethnicity', 'home_language', 'grade_band')),
  key text not null,
  label text not null,
  count integer not null check (count >= 0),
  source text not null default 'entered' check (source in ('entered', 'imported')),
  position integer not null,
  unique (organization_id, school, dimension, key)
);
create index population_groups_organization_idx on population_groups(organization_id, school, dimension, position);
