-- Community voice II: themes across a conversation's ideas, found by the same engine as the themes
-- of a survey's open-text answers (0021) and edited the same way (rename, merge, split, move). The
-- ideas are the conversation's accepted statements, seed statements included; hidden and pending
-- ones are left out.

-- One row per conversation whose themes were asked for: where finding them stands, and the version
-- every change to its themes (find, merge, split, move) raises.
create table conversation_theme_sets (
  conversation_id uuid primary key references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- 'running' while the themes are being found (in a worker thread); 'failed' keeps the reason.
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  requested_by uuid references users(id) on delete set null,
  started_at timestamptz not null default now(),
  found_at timestamptz,
  error text,
  -- When the team last renamed, merged, split or moved: finding themes again would undo it, so the
  -- screen asks first.
  edited_at timestamptz,
  version integer not null default 1
);
create index conversation_theme_sets_organization_idx on conversation_theme_sets(organization_id);

create table conversation_themes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  conversation_id uuid not null references conversation_theme_sets(conversation_id) on delete cascade,
  label text not null,
  -- Its most distinctive words, as people wrote them (a hint beside the label).
  words jsonb not null default '[]',
  is_label_edited boolean not null default false,
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversation_themes_conversation_idx on conversation_themes(conversation_id, position);
create index conversation_themes_organization_idx on conversation_themes(organization_id);

-- Where each statement was sorted: a theme, or none ("not sorted": no words to group by, or moved
-- there by the team). A statement without a row was accepted after the themes were found.
create table conversation_theme_statements (
  statement_id uuid primary key references conversation_statements(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  conversation_id uuid not null references conversation_theme_sets(conversation_id) on delete cascade,
  theme_id uuid references conversation_themes(id) on delete set null,
  -- Nearness to the theme's centre, 0 the nearest: the theme's first statements are its samples.
  rank integer not null default 0
);
create index conversation_theme_statements_theme_idx on conversation_theme_statements(theme_id, rank);
create index conversation_theme_statements_conversation_idx on conversation_theme_statements(conversation_id);
create index conversation_theme_statements_organization_idx on conversation_theme_statements(organization_id);
