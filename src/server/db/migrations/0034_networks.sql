-- Networks (issue 17): a state agency or consultancy runs cohorts of districts on one process
-- template and a shared calendar; districts join by invitation with their enrolment documents;
-- technical-assistance providers (organisations of their own, with their own coaches) are matched to
-- districts and see exactly those; reviewers read deliverables across districts against rubrics.

-- What each coach does for a district ("Lead coach", "Data coach"), so the district can see it.
alter table coach_assignments add column responsibility text;

-- A provider organisation matched to a district by a network: its people reach that district (the
-- provider's administrators all of them, its coaches the ones assigned). One provider per district
-- per network. Kept by the platform because it decides who may read a district.
create table district_partners (
  district_id uuid not null references organizations(id) on delete cascade,
  network_id uuid not null references organizations(id) on delete cascade,
  partner_id uuid not null references organizations(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (district_id, network_id)
);
create index district_partners_partner_idx on district_partners(partner_id);

-- The providers a network has vetted and may match to its districts.
create table network_providers (
  organization_id uuid not null references organizations(id) on delete cascade,
  provider_id uuid not null references organizations(id) on delete cascade,
  services text not null default '',
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  primary key (organization_id, provider_id)
);

create table cohorts (
  id uuid primary key default gen_random_uuid(),
  -- The network that runs the cohort.
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  school_year text not null,
  -- The process template every member runs (a template id, as planning_cycles.template_id).
  template_id text not null,
  -- The shared timeline starts here: each member's cycle is laid out from this day.
  start_date text not null,
  description text not null default '',
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index cohorts_name_idx on cohorts(organization_id, lower(name));

-- The shared calendar: milestones (deliverables due to the network) and sessions (cohort meetings).
create table cohort_events (
  id uuid primary key default gen_random_uuid(),
  cohort_id uuid not null references cohorts(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  kind text not null check (kind in ('milestone', 'session')),
  title text not null,
  event_date text not null,
  start_time text,
  location text,
  details text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cohort_events_cohort_idx on cohort_events(cohort_id, event_date);

-- A district in a cohort: invited by the network, enrolled by the district (with its documents),
-- running the cycle it enrolled with.
create table cohort_districts (
  cohort_id uuid not null references cohorts(id) on delete cascade,
  district_id uuid not null references organizations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  status text not null default 'invited' check (status in ('invited', 'enrolled', 'withdrawn')),
  cycle_id uuid references planning_cycles(id) on delete set null,
  invited_by uuid references users(id) on delete set null,
  invited_at timestamptz not null default now(),
  enrolled_by uuid references users(id) on delete set null,
  enrolled_at timestamptz,
  version integer not null default 1,
  primary key (cohort_id, district_id)
);
create index cohort_districts_district_idx on cohort_districts(district_id);

-- Enrolment documents: a file the district uploads, or a form signed in Waymark (who, title, when).
create table enrolment_documents (
  id uuid primary key default gen_random_uuid(),
  cohort_id uuid not null,
  district_id uuid not null,
  kind text not null check (kind in ('notice_of_intent', 'letter_of_commitment', 'other')),
  file_name text,
  content_type text,
  size_bytes integer,
  content bytea,
  signer_name text,
  signer_title text,
  statement text,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  foreign key (cohort_id, district_id) references cohort_districts(cohort_id, district_id) on delete cascade,
  check ((content is not null and file_name is not null) or (signer_name is not null and statement is not null))
);
create index enrolment_documents_member_idx on enrolment_documents(cohort_id, district_id);

-- A rubric per deliverable type (the template's deliverable id), written once by the network:
-- criteria, each with its levels.
create table review_rubrics (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  template_id text not null,
  deliverable_key text not null,
  name text not null,
  criteria jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, template_id, deliverable_key)
);

-- The strategy bank: strategies a network vouches for, with their evidence (ESSA tiers 1-4 and the
-- study cited), the problems they address, what they cost and the measures districts used.
create table bank_strategies (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  title text not null,
  summary text not null default '',
  essa_tier integer not null check (essa_tier between 1 and 4),
  study_citation text not null,
  study_url text,
  -- ["Chronic absenteeism", ...]
  problems jsonb not null default '[]',
  cost text not null default '',
  -- [{ "name": "...", "unit": "percent" }]
  measures jsonb not null default '[]',
  -- ["Train attendance teams", ...]: copied as the strategy's action steps
  actions jsonb not null default '[]',
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index bank_strategies_network_idx on bank_strategies(organization_id);

-- A district adopted a bank strategy into its plan: the copy is the plan's own strategy element
-- (element_key), the link is kept here. named_with_consent: others may see the district's name.
create table strategy_adoptions (
  id uuid primary key default gen_random_uuid(),
  strategy_id uuid not null references bank_strategies(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  element_key text not null,
  named_with_consent boolean not null default false,
  adopted_by uuid references users(id) on delete set null,
  adopted_at timestamptz not null default now(),
  unique (plan_id, element_key)
);
create index strategy_adoptions_strategy_idx on strategy_adoptions(strategy_id);

-- Professional development and the professional network: the cohort's resource library (files and
-- links by phase, or a session's materials), attendance at cohort sessions by district and role, and
-- a discussion space per cohort where leaders ask and answer.
create table network_resources (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  cohort_id uuid not null references cohorts(id) on delete cascade,
  -- A session's material when set; otherwise part of the cohort's library.
  event_id uuid references cohort_events(id) on delete cascade,
  -- The template phase it belongs to (a phase id of the cohort's template), or null for any phase.
  phase_key text,
  title text not null,
  description text not null default '',
  kind text not null check (kind in ('file', 'link')),
  url text,
  file_name text,
  content_type text,
  size_bytes integer,
  content bytea,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  check ((kind = 'link' and url is not null) or (kind = 'file' and content is not null and file_name is not null))
);
create index network_resources_cohort_idx on network_resources(cohort_id);

create table cohort_attendance (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references cohort_events(id) on delete cascade,
  cohort_id uuid not null references cohorts(id) on delete cascade,
  district_id uuid not null references organizations(id) on delete cascade,
  person_name text not null,
  -- superintendent, board_member, steering_committee, principal, teacher, other: words for the role held
  role text not null,
  attended boolean not null default true,
  recorded_by uuid references users(id) on delete set null,
  recorded_at timestamptz not null default now()
);
create index cohort_attendance_event_idx on cohort_attendance(event_id);

create table cohort_discussions (
  id uuid primary key default gen_random_uuid(),
  cohort_id uuid not null references cohorts(id) on delete cascade,
  title text not null,
  body text not null,
  author_id uuid references users(id) on delete set null,
  -- The district the author wrote for, or null when the network wrote.
  author_district_id uuid references organizations(id) on delete set null,
  created_at timestamptz not null default now(),
  last_reply_at timestamptz not null default now()
);
create index cohort_discussions_cohort_idx on cohort_discussions(cohort_id, last_reply_at desc);

create table cohort_discussion_replies (
  id uuid primary key default gen_random_uuid(),
  discussion_id uuid not null references cohort_discussions(id) on delete cascade,
  body text not null,
  author_id uuid references users(id) on delete set null,
  author_district_id uuid references organizations(id) on delete set null,
  created_at timestamptz not null default now()
);
create index cohort_discussion_replies_idx on cohort_discussion_replies(discussion_id, created_at);

-- A consultancy's work for a client district: its scope of work (months, services, outcomes) and a
-- bank of hours purchased, with each entry of hours used (coach, date, activity).
create table client_engagements (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  district_id uuid not null references organizations(id) on delete cascade,
  title text not null,
  starts_on text not null,
  ends_on text not null,
  hours_purchased numeric(8, 2) not null check (hours_purchased >= 0),
  -- [{ "month": "2026-09", "services": "...", "outcomes": "..." }]
  scope jsonb not null default '[]',
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index client_engagements_network_idx on client_engagements(organization_id);
create index client_engagements_district_idx on client_engagements(district_id);

create table engagement_hours (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references client_engagements(id) on delete cascade,
  coach_id uuid references users(id) on delete set null,
  coach_name text not null,
  worked_on text not null,
  hours numeric(6, 2) not null check (hours > 0),
  activity text not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index engagement_hours_engagement_idx on engagement_hours(engagement_id, worked_on);

-- Benchmarks: measures the network defines once; districts that opt in share one of their plan's
-- measures as that benchmark (named only with consent), and describe themselves (size, poverty,
-- locale) so each can be compared with similar districts.
create table benchmark_measures (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  description text not null default '',
  unit text not null,
  -- Which way is better: 'increase' or 'decrease'.
  direction text not null check (direction in ('increase', 'decrease')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index benchmark_measures_network_idx on benchmark_measures(organization_id);

create table benchmark_shares (
  benchmark_id uuid not null references benchmark_measures(id) on delete cascade,
  district_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  measure_key text not null,
  named_with_consent boolean not null default false,
  shared_by uuid references users(id) on delete set null,
  shared_at timestamptz not null default now(),
  primary key (benchmark_id, district_id)
);

create table district_profiles (
  district_id uuid primary key references organizations(id) on delete cascade,
  enrolment integer check (enrolment >= 0),
  poverty_percent numeric(5, 2) check (poverty_percent between 0 and 100),
  locale text check (locale in ('city', 'suburb', 'town', 'rural')),
  updated_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now()
);
