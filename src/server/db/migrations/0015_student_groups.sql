-- A district's list of student groups, each in a reporting category (sex, race and ethnicity,
-- English learner status, ...), with the other names that mean it. Planners and owners pick
-- groups from it, imports are matched against it, and the privacy rule reads its categories.
-- A district with no rows uses the built-in list; the first change writes that list here, so
-- reading never writes. Groups are retired, not deleted: results written with them still match.

create table student_groups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations on delete cascade,
  key text not null,
  category text not null,
  name text not null,
  -- ["Hispanic", "Hispanic/Latino", ...]
  aliases jsonb not null default '[]',
  is_retired boolean not null default false,
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, key)
);
