-- Stakeholder groups of a planning cycle and the plan for engaging each in each phase; the
-- outreach kit (invitations, talking points, scripts, agendas) and the log of what was sent.

create table stakeholder_groups (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  constituency text not null check (constituency in ('board', 'union_or_association', 'district_leadership', 'principals', 'teachers',
    'support_staff', 'families', 'students', 'community', 'business', 'higher_education')),
  description text not null default '',
  estimated_size integer check (estimated_size >= 0),
  -- [{name, email}], replaced whole: people paste the list, they do not edit it a row at a time.
  contacts jsonb not null default '[]',
  notes text not null default '',
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index stakeholder_groups_cycle_idx on stakeholder_groups(cycle_id, position);
create index stakeholder_groups_organization_idx on stakeholder_groups(organization_id);

create table engagement_entries (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  group_id uuid not null references stakeholder_groups(id) on delete cascade,
  phase_id uuid not null references cycle_phases(id) on delete cascade,
  method text not null check (method in ('survey', 'focus_group', 'workshop', 'town_hall', 'exchange', 'interview', 'other')),
  -- A day, or a window from start to end; both empty while the date is still open.
  start_date text check (start_date ~ '^\d{4}-\d{2}-\d{2}$'),
  end_date text check (end_date ~ '^\d{4}-\d{2}-\d{2}$'),
  lead_user_id uuid references users(id) on delete set null,
  status text not null default 'planned' check (status in ('planned', 'scheduled', 'done', 'cancelled')),
  notes text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index engagement_entries_cycle_idx on engagement_entries(cycle_id);
create index engagement_entries_organization_idx on engagement_entries(organization_id);

-- Present once the kit was first opened (and the starter items added), so deleting every item
-- does not bring the starter kit back uninvited.
create table outreach_kits (
  cycle_id uuid primary key references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  created_at timestamptz not null default now()
);
create index outreach_kits_organization_idx on outreach_kits(organization_id);

create table outreach_items (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  kind text not null check (kind in ('email_invitation', 'talking_points', 'script', 'commitment', 'agenda_template')),
  title text not null,
  subject text,
  body text not null default '',
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index outreach_items_cycle_idx on outreach_items(cycle_id, position);
create index outreach_items_organization_idx on outreach_items(organization_id);

-- What went to whom: names are copied so the log still reads right after a group or item changes.
create table outreach_sends (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  item_id uuid references outreach_items(id) on delete set null,
  item_title text not null,
  group_id uuid references stakeholder_groups(id) on delete set null,
  group_name text not null,
  session_id uuid references cycle_sessions(id) on delete set null,
  link text,
  subject text not null,
  sent_by uuid references users(id) on delete set null,
  sent_by_label text not null,
  recipient_count integer not null,
  recipients jsonb not null,
  created_at timestamptz not null default clock_timestamp()
);
create index outreach_sends_cycle_idx on outreach_sends(cycle_id, created_at desc);
create index outreach_sends_organization_idx on outreach_sends(organization_id);
