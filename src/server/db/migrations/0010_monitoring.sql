-- Living the plan: the district's reporting calendar and reminder schedule, the people who owe
-- updates (with their supervisor and digest choice), who owns which measure or action of a plan
-- (by key, so a re-import keeps it), every update as a revision, the current actual values, the
-- evidence files, the single-use update links mailed to owners, and the reminders sent.

create table monitoring_settings (
  organization_id uuid primary key references organizations(id) on delete cascade,
  -- Periods run on the school year or the fiscal year, each starting in a month of the district's choosing.
  year_basis text not null default 'school' check (year_basis in ('school', 'fiscal')),
  school_year_start_month integer not null default 7 check (school_year_start_month between 1 and 12),
  fiscal_year_start_month integer not null default 7 check (fiscal_year_start_month between 1 and 12),
  -- A measure's update is due this many days after its period ends; actions (the lower level) earlier.
  measure_due_days integer not null default 14 check (measure_due_days between 0 and 120),
  action_due_days integer not null default 7 check (action_due_days between 0 and 120),
  remind_days_before integer not null default 3 check (remind_days_before between 0 and 60),
  remind_every_days integer not null default 3 check (remind_every_days between 1 and 60),
  escalate_after_days integer not null default 10 check (escalate_after_days between 1 and 120),
  suppression_threshold integer not null default 10 check (suppression_threshold between 1 and 100),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

create table monitoring_people (
  organization_id uuid not null references organizations(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  supervisor_id uuid references users(id) on delete set null,
  wants_daily_digest boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (organization_id, user_id)
);

create table plan_monitoring (
  plan_id uuid primary key references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- At risk when the actual made at least this share of the progress expected from the baseline.
  at_risk_progress double precision not null default 0.5 check (at_risk_progress > 0 and at_risk_progress <= 1),
  -- Roll-up weights by element key (missing keys weigh 1).
  weights jsonb not null default '{}',
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index plan_monitoring_organization_idx on plan_monitoring(organization_id);

create table element_owners (
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  element_key text not null,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (plan_id, element_key)
);
create index element_owners_user_idx on element_owners(organization_id, user_id);

create table element_updates (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  element_key text not null,
  element_kind text not null check (element_kind in ('measure', 'action')),
  period_label text not null,
  period_ends_on text,
  -- 1 for the first update of the period; a correction is the next revision, the earlier ones stay.
  revision integer not null,
  -- [{subgroup: string|null, value: number|null, n: integer|null}] as posted in this revision.
  posted_values jsonb not null default '[]',
  happened text,
  why text,
  next_steps text,
  action_status text check (action_status in ('not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled')),
  percent_complete double precision check (percent_complete between 0 and 100),
  correction_note text,
  source text not null check (source in ('app', 'link', 'bulk')),
  author_id uuid references users(id) on delete set null,
  author_label text not null,
  created_at timestamptz not null default now(),
  unique (plan_id, element_key, period_label, revision)
);
create index element_updates_organization_idx on element_updates(organization_id);

create table measure_actuals (
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  measure_key text not null,
  period_label text not null,
  period_ends_on text,
  -- '' is all students, so the primary key holds one row per group.
  subgroup text not null default '',
  value double precision,
  n integer check (n >= 0),
  update_id uuid references element_updates(id) on delete set null,
  recorded_at timestamptz not null default now(),
  primary key (plan_id, measure_key, period_label, subgroup)
);
create index measure_actuals_organization_idx on measure_actuals(organization_id);

create table update_evidence (
  id uuid primary key default gen_random_uuid(),
  update_id uuid not null references element_updates(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  file_name text not null,
  content_type text not null,
  size_bytes integer not null,
  content bytea not null,
  created_at timestamptz not null default now()
);
create index update_evidence_update_idx on update_evidence(update_id);
create index update_evidence_organization_idx on update_evidence(organization_id);

create table update_links (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  element_key text not null,
  period_label text not null,
  user_id uuid not null references users(id) on delete cascade,
  token_hash text not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index update_links_organization_idx on update_links(organization_id);

create table update_reminders (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  element_key text not null,
  period_label text not null,
  user_id uuid not null references users(id) on delete cascade,
  kind text not null check (kind in ('before', 'overdue', 'escalation', 'digest')),
  sent_on text not null,
  created_at timestamptz not null default now(),
  unique (plan_id, element_key, period_label, user_id, kind, sent_on)
);
create index update_reminders_organization_idx on update_reminders(organization_id);
