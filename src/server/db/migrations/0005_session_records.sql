-- What happens at a session of a planning cycle: where and when it meets, its agenda as the
-- district edited it, who attended, the minutes, the decisions, and the follow-up tasks with
-- their owners. The session itself (name, date, format, length) stays in cycle_sessions.

create table cycle_session_records (
  session_id uuid primary key references cycle_sessions(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  place text,
  meeting_link text,
  -- A wall-clock time in the district's own time zone, not an instant.
  start_time text check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- null until the district first saves an agenda: until then the template's agenda is shown.
  agenda jsonb,
  minutes text not null default '',
  decisions jsonb not null default '[]',
  updated_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_session_records_cycle_idx on cycle_session_records(cycle_id);
create index cycle_session_records_organization_idx on cycle_session_records(organization_id);

create table cycle_session_attendance (
  session_id uuid not null references cycle_sessions(id) on delete cascade,
  committee_member_id uuid not null references committee_members(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  status text not null check (status in ('present', 'absent', 'excused')),
  recorded_by uuid references users(id) on delete set null,
  recorded_at timestamptz not null default now(),
  primary key (session_id, committee_member_id)
);
create index cycle_session_attendance_cycle_idx on cycle_session_attendance(cycle_id);
create index cycle_session_attendance_organization_idx on cycle_session_attendance(organization_id);

create table cycle_session_tasks (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references cycle_sessions(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  position integer not null,
  title text not null,
  owner_id uuid references users(id) on delete set null,
  due_date text not null check (due_date ~ '^\d{4}-\d{2}-\d{2}$'),
  status text not null default 'open' check (status in ('open', 'done')),
  done_at timestamptz,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cycle_session_tasks_session_idx on cycle_session_tasks(session_id, position);
create index cycle_session_tasks_owner_idx on cycle_session_tasks(owner_id, status);
create index cycle_session_tasks_organization_idx on cycle_session_tasks(organization_id);
