-- A plan's year-end rollover: the year closed, the scorecard as it stood on the year's last day,
-- and the open actions whose due dates moved into the next year. Kept as history, one row per
-- plan and year, so a year cannot be closed twice and later edits do not rewrite what was reported.

create table year_closures (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations on delete cascade,
  plan_id uuid not null references plans on delete cascade,
  year_label text not null,
  year_ends_on text not null,
  -- Per goal its roll-up status and explanation, per measure its status, actual and expected.
  summary jsonb not null,
  -- [{key, title, fromDue, toDue, status}]
  carried jsonb not null default '[]',
  closed_by uuid references users on delete set null,
  closed_by_label text not null,
  created_at timestamptz not null default now(),
  unique (plan_id, year_label)
);

create index year_closures_organization_idx on year_closures(organization_id);
