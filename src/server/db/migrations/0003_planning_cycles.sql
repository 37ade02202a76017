-- Planning cycles: a district's own copy of a process template, laid out on the calendar, that
-- it adapts (rename, move dates, add, remove, reorder) without touching the template. Dates are
-- ISO calendar dates kept as text: they are days, not instants, and must never shift with a time
-- zone on the way through a driver.

create table planning_cycles (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  template_id text not null,
  name text not null,
  start_date text not null check (start_date ~ '^\d{4}-\d{2}-\d{2}$'),
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index planning_cycles_organization_idx on planning_cycles(organization_id);

create table cycle_phases (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- The template's id for the phase; null for a phase the district added.
  template_key text,
  position integer not null,
  name text not null,
  guiding_question text not null default '',
  purpose text not null default '',
  outcomes jsonb not null default '[]',
  start_date text not null check (start_date ~ '^\d{4}-\d{2}-\d{2}$'),
  end_date text not null check (end_date ~ '^\d{4}-\d{2}-\d{2}$'),
  closed_at timestamptz,
  closed_by uuid references users(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_phases_cycle_idx on cycle_phases(cycle_id, position);
create index cycle_phases_organization_idx on cycle_phases(organization_id);

create table cycle_steps (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  phase_id uuid not null references cycle_phases(id) on delete cascade,
  position integer not null,
  text text not null,
  links_to text,
  is_done boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_steps_phase_idx on cycle_steps(phase_id, position);
create index cycle_steps_organization_idx on cycle_steps(organization_id);

create table cycle_sessions (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  phase_id uuid not null references cycle_phases(id) on delete cascade,
  template_key text,
  position integer not null,
  name text not null,
  format text not null,
  audience text,
  session_date text not null check (session_date ~ '^\d{4}-\d{2}-\d{2}$'),
  length_minutes integer,
  -- purpose, agenda and outcomes as the template gave them, editable as a whole.
  details jsonb not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_sessions_phase_idx on cycle_sessions(phase_id, position);
create index cycle_sessions_organization_idx on cycle_sessions(organization_id);

create table cycle_deliverables (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  phase_id uuid not null references cycle_phases(id) on delete cascade,
  template_key text,
  letter text,
  position integer not null,
  name text not null,
  description text not null default '',
  done_when jsonb not null default '[]',
  due_date text not null check (due_date ~ '^\d{4}-\d{2}-\d{2}$'),
  links_to text,
  owner_id uuid references users(id) on delete set null,
  reviewer_id uuid references users(id) on delete set null,
  status text not null default 'not_started' check (status in ('not_started', 'in_progress', 'in_review', 'complete')),
  -- The latest sign-off of the reviewer; 'none' until one is given.
  review_state text not null default 'none' check (review_state in ('none', 'approved', 'changes_requested')),
  document_url text,
  document_text text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_deliverables_phase_idx on cycle_deliverables(phase_id, position);
create index cycle_deliverables_cycle_idx on cycle_deliverables(cycle_id);
create index cycle_deliverables_organization_idx on cycle_deliverables(organization_id);

-- Every status change, sign-off and edit of a deliverable, readable as its history.
create table cycle_deliverable_events (
  id uuid primary key default gen_random_uuid(),
  deliverable_id uuid not null references cycle_deliverables(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  actor_user_id uuid references users(id) on delete set null,
  actor_label text not null,
  kind text not null check (kind in ('created', 'edited', 'status_changed', 'approved', 'changes_requested')),
  from_status text,
  to_status text,
  comment text,
  changes jsonb,
  -- clock_timestamp, not now(): two events of one transaction still read back in order.
  created_at timestamptz not null default clock_timestamp()
);
create index cycle_deliverable_events_deliverable_idx on cycle_deliverable_events(deliverable_id, created_at);
create index cycle_deliverable_events_organization_idx on cycle_deliverable_events(organization_id);

create table cycle_readiness_items (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  template_key text,
  position integer not null,
  label text not null,
  description text,
  links_to text,
  state text not null default 'open' check (state in ('open', 'checked', 'waived')),
  -- Why the district went ahead without it; required when waived.
  waiver_reason text,
  decided_by uuid references users(id) on delete set null,
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_readiness_items_cycle_idx on cycle_readiness_items(cycle_id, position);
create index cycle_readiness_items_organization_idx on cycle_readiness_items(organization_id);
