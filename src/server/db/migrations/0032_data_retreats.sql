-- The data retreat (issue 16): a session of the planning cycle where the team reads charts of the
-- district's indicators, writes what it notices and wonders from its own phones, builds a SWOT
-- board, spends dots on it, and carries its priorities into a gap analysis with root causes.

create table data_retreats (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  -- One retreat per session: removing the session from the cycle removes its retreat.
  session_id uuid not null unique references cycle_sessions(id) on delete cascade,
  title text not null,
  -- The code in the room's link (/r/<code>): participants join on their phones with it.
  join_code text not null unique,
  dots_per_person integer not null default 5 check (dots_per_person between 1 and 20),
  -- 'performance_fact': charts and SWOT items are sorted into Performance Fact's five areas.
  frame text not null default 'none' check (frame in ('none', 'performance_fact')),
  -- open: participants may add observations, items and dots; closed: the board is read-only.
  status text not null default 'open' check (status in ('open', 'closed')),
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index data_retreats_cycle_idx on data_retreats(cycle_id);
create index data_retreats_organization_idx on data_retreats(organization_id);

-- A chart the facilitator chose: an indicator view and the question it answers.
create table retreat_charts (
  id uuid primary key default gen_random_uuid(),
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  position integer not null,
  question text not null,
  metric text not null,
  -- { by: 'school'|'group'|'period', period?, group?, school_id?, compare? }
  view jsonb not null,
  -- A Performance Fact area key when the retreat uses that frame.
  area text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index retreat_charts_retreat_idx on retreat_charts(retreat_id, position);

-- Someone in the room: a member signed in (user_id) or a guest who joined by the code with a name;
-- a guest's device keeps a random token, stored here only as a keyed hash.
create table retreat_participants (
  id uuid primary key default gen_random_uuid(),
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  display_name text not null,
  user_id uuid references users(id) on delete set null,
  device_hash text,
  created_at timestamptz not null default now(),
  unique (retreat_id, user_id),
  unique (retreat_id, device_hash)
);

-- "I notice..." and "I wonder..." on a chart.
create table retreat_observations (
  id uuid primary key default gen_random_uuid(),
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  chart_id uuid not null references retreat_charts(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  participant_id uuid references retreat_participants(id) on delete set null,
  kind text not null check (kind in ('notice', 'wonder')),
  body text not null,
  -- Hidden by the facilitator (off topic, names a student): kept, not shown.
  is_hidden boolean not null default false,
  created_at timestamptz not null default now()
);
create index retreat_observations_chart_idx on retreat_observations(chart_id, created_at);
create index retreat_observations_retreat_idx on retreat_observations(retreat_id);

-- The SWOT board. citations: [{ kind: 'chart', chart_id } | { kind: 'observation', observation_id }
-- | { kind: 'evidence', text, link }] where link is a plan evidence link (a survey or conversation result).
create table swot_items (
  id uuid primary key default gen_random_uuid(),
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  quadrant text not null check (quadrant in ('strength', 'weakness', 'opportunity', 'threat')),
  text text not null,
  area text,
  citations jsonb not null default '[]',
  position integer not null,
  participant_id uuid references retreat_participants(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index swot_items_retreat_idx on swot_items(retreat_id, quadrant, position);

-- Dots a participant put on an item; their sum per participant stays within the retreat's allowance.
create table swot_dots (
  item_id uuid not null references swot_items(id) on delete cascade,
  participant_id uuid not null references retreat_participants(id) on delete cascade,
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  dots integer not null check (dots between 1 and 20),
  primary key (item_id, participant_id)
);
create index swot_dots_retreat_idx on swot_dots(retreat_id, participant_id);

-- The priorities carried forward from the board, each with its gap analysis: where we are (with
-- evidence), where we want to be (the vision, later a goal), the gap, root causes (five whys or a
-- fishbone) and the case for change.
create table retreat_priorities (
  id uuid primary key default gen_random_uuid(),
  retreat_id uuid not null references data_retreats(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  swot_item_id uuid references swot_items(id) on delete set null,
  position integer not null,
  title text not null,
  dots integer not null default 0,
  area text,
  current_state text not null default '',
  -- The same citation shapes as swot_items.citations.
  current_evidence jsonb not null default '[]',
  future_state text not null default '',
  -- The plan's goal key this priority became, once there is one.
  goal_key text,
  gap text not null default '',
  root_cause_method text not null default 'five_whys' check (root_cause_method in ('five_whys', 'fishbone')),
  -- five_whys: ["why 1", ...]; fishbone: [{ "category": "People", "causes": ["..."] }, ...]
  root_causes jsonb not null default '[]',
  case_for_change text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index retreat_priorities_retreat_idx on retreat_priorities(retreat_id, position);
