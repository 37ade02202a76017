-- Community voice: focus groups. A focus group is a session of the planning cycle (date, place,
-- attendance stay the session's) with the protocol it runs, who was in the room (a constituency, a
-- language, how many: never names), notes per protocol question, and themes from the cycle's shared
-- codebook attached to passages of those notes.

-- The district's own protocols: copies of the shipped library (or of each other), then edited.
create table focus_group_protocols (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  -- The library protocol it was copied from ("family"), never edited in place.
  library_key text,
  -- The title in its first language, for lists; the protocol holds them all.
  title text not null,
  protocol jsonb not null,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index focus_group_protocols_organization_idx on focus_group_protocols(organization_id);

create table focus_groups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  -- One focus group per session: removing the session from the cycle removes its focus group.
  session_id uuid not null unique references cycle_sessions(id) on delete cascade,
  protocol_id uuid references focus_group_protocols(id) on delete set null,
  library_key text,
  -- The protocol as run, copied when the group is set up, so later edits to the district's
  -- protocol never move the questions its notes belong to.
  protocol jsonb not null,
  constituency text not null,
  language text not null,
  label text,
  participant_count integer check (participant_count between 0 and 1000),
  facilitator text,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index focus_groups_cycle_idx on focus_groups(cycle_id);
create index focus_groups_organization_idx on focus_groups(organization_id);

-- Notes per protocol question; `version` lets two note-takers see each other's saves (409).
create table focus_group_notes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  focus_group_id uuid not null references focus_groups(id) on delete cascade,
  question_key text not null,
  text text not null default '',
  version integer not null default 1,
  updated_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now(),
  unique (focus_group_id, question_key)
);
create index focus_group_notes_organization_idx on focus_group_notes(organization_id);

-- The cycle's shared codebook: themes in words (no colours), one name each.
create table focus_group_themes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  name text not null,
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index focus_group_themes_name_idx on focus_group_themes(cycle_id, lower(name));
create index focus_group_themes_organization_idx on focus_group_themes(organization_id);

-- A theme attached to a passage of a note (its words as selected) or to the whole note (null).
create table focus_group_codes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  note_id uuid not null references focus_group_notes(id) on delete cascade,
  theme_id uuid not null references focus_group_themes(id) on delete cascade,
  passage text,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index focus_group_codes_note_idx on focus_group_codes(note_id);
create index focus_group_codes_theme_idx on focus_group_codes(theme_id);
create index focus_group_codes_organization_idx on focus_group_codes(organization_id);
