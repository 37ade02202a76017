-- Improvement and check-ins: PDSA cycles on a plan's strategies and actions (each cycle may lead
-- to the next), the Data Wise improvement cycle as a tracker of eight steps a team runs on a
-- strategy, and the plan's monthly check-ins with their built agenda, notes, decisions and
-- follow-ups. Elements are named by key, so a re-import or an amendment keeps the link.

create table pdsa_cycles (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  element_key text not null,
  element_kind text not null check (element_kind in ('strategy', 'action')),
  -- The cycle this one follows; one cycle leads to at most one next cycle.
  previous_cycle_id uuid unique references pdsa_cycles(id) on delete set null,
  -- 1 for a first cycle, the previous cycle's number + 1 after it.
  number integer not null check (number >= 1),
  stage text not null default 'plan' check (stage in ('plan', 'do', 'study', 'act')),
  -- Plan: the change to try, what the team expects, and how it will know.
  change_idea text not null,
  prediction text not null default '',
  measure text not null default '',
  started_on text check (started_on ~ '^\d{4}-\d{2}-\d{2}$'),
  -- Do: what happened. Study: the data against the prediction.
  what_happened text not null default '',
  study_findings text not null default '',
  -- Act: adopt, adapt or abandon the change, and why.
  decision text check (decision in ('adopt', 'adapt', 'abandon')),
  decision_notes text not null default '',
  decided_on text check (decided_on ~ '^\d{4}-\d{2}-\d{2}$'),
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index pdsa_cycles_plan_idx on pdsa_cycles(plan_id, element_key);
create index pdsa_cycles_organization_idx on pdsa_cycles(organization_id);

create table data_wise_trackers (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  strategy_key text not null,
  -- What the team is working on (its focus or problem of practice) and who is on it.
  title text not null,
  team text not null default '',
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index data_wise_trackers_plan_idx on data_wise_trackers(plan_id, strategy_key);
create index data_wise_trackers_organization_idx on data_wise_trackers(organization_id);

create table data_wise_steps (
  tracker_id uuid not null references data_wise_trackers(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- 1-2 prepare, 3-5 inquire, 6-8 act.
  step integer not null check (step between 1 and 8),
  status text not null default 'not_started' check (status in ('not_started', 'in_progress', 'done')),
  notes text not null default '',
  done_on text check (done_on ~ '^\d{4}-\d{2}-\d{2}$'),
  version integer not null default 1,
  updated_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (tracker_id, step)
);
create index data_wise_steps_organization_idx on data_wise_steps(organization_id);

create table check_ins (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  held_on text not null check (held_on ~ '^\d{4}-\d{2}-\d{2}$'),
  -- [{userId: uuid|null, name: text}]: members of the district or anyone named.
  attendees jsonb not null default '[]',
  -- The date of the check-in before this one when the agenda was built (null for the first).
  since_on text check (since_on ~ '^\d{4}-\d{2}-\d{2}$'),
  -- Built when the check-in is created from what is off track, at risk or overdue; editable after.
  agenda jsonb not null default '[]',
  notes text not null default '',
  -- [{text}]
  decisions jsonb not null default '[]',
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index check_ins_plan_idx on check_ins(plan_id, held_on);
create index check_ins_organization_idx on check_ins(organization_id);

create table check_in_follow_ups (
  id uuid primary key default gen_random_uuid(),
  check_in_id uuid not null references check_ins(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
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
create index check_in_follow_ups_check_in_idx on check_in_follow_ups(check_in_id, position);
create index check_in_follow_ups_owner_idx on check_in_follow_ups(owner_id, status);
create index check_in_follow_ups_organization_idx on check_in_follow_ups(organization_id);
