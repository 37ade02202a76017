-- Community voice III (issue 15): the community reads the draft plan at /p/<slug>/draft and
-- comments on it; the planning team moderates, themes and answers each comment, and after adoption
-- "what we heard, what we did" is drawn from these rows.

-- One public comment window of a plan: opened when the plan went out for public comment, on the
-- version then frozen (every comment refers to that text). Closed when the plan moved on.
create table public_comment_periods (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  -- plan_versions.number of the draft the public reads.
  draft_version integer not null,
  opens_on date not null,
  closes_on date not null,
  closed_at timestamptz,
  -- A comment counts only once its writer confirmed the address by the mailed link.
  verify_email boolean not null default false,
  -- Whether accepted comments are shown on the draft page (without email, ever).
  show_comments boolean not null default false,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, draft_version),
  check (closes_on >= opens_on)
);
create index public_comment_periods_organization_idx on public_comment_periods(organization_id);

create table public_comments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  period_id uuid not null references public_comment_periods(id) on delete cascade,
  -- The writer's own id for this comment: sending it twice stores it once.
  submission_id uuid not null,
  -- null: the whole draft; 'mission', 'vision', 'values'; else a goal, measure, strategy or action key.
  element_key text,
  -- The passage of the element's text the comment is about, as selected.
  quote text,
  body text not null,
  language text not null default 'en',
  author_name text,
  -- Never shown outside the planning team; kept only to confirm and to answer.
  email text,
  email_token_hash text,
  email_confirmed_at timestamptz,
  -- Counted for representation: a population role key, and a school of the district.
  role text,
  school_id uuid references schools(id) on delete set null,
  status text not null default 'pending' check (status in ('unconfirmed', 'pending', 'accepted', 'hidden')),
  moderation_reason text,
  -- What the team decided, and the element changes since the draft opened that carry it out.
  disposition text check (disposition in ('accepted', 'partly', 'not_accepted', 'out_of_scope')),
  disposition_note text,
  changed_keys jsonb not null default '[]',
  disposed_by uuid references users(id) on delete set null,
  disposed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (period_id, submission_id)
);
create index public_comments_plan_idx on public_comments(plan_id, created_at);
create index public_comments_period_idx on public_comments(period_id, status);
create index public_comments_organization_idx on public_comments(organization_id);

create table public_comment_moderation_events (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  comment_id uuid not null references public_comments(id) on delete cascade,
  decision text not null check (decision in ('accepted', 'hidden')),
  reason text,
  moderated_by uuid references users(id) on delete set null,
  moderator_label text not null,
  moderated_at timestamptz not null default now()
);
create index public_comment_moderation_events_plan_idx on public_comment_moderation_events(plan_id, moderated_at);
create index public_comment_moderation_events_comment_idx on public_comment_moderation_events(comment_id);
create index public_comment_moderation_events_organization_idx on public_comment_moderation_events(organization_id);

-- Themes across a window's comments, by the engine of survey answers and conversation ideas.
create table public_comment_theme_sets (
  period_id uuid primary key references public_comment_periods(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  requested_by uuid references users(id) on delete set null,
  started_at timestamptz not null default now(),
  found_at timestamptz,
  error text,
  edited_at timestamptz,
  version integer not null default 1
);
create index public_comment_theme_sets_organization_idx on public_comment_theme_sets(organization_id);

create table public_comment_themes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  period_id uuid not null references public_comment_theme_sets(period_id) on delete cascade,
  label text not null,
  words jsonb not null default '[]',
  is_label_edited boolean not null default false,
  position integer not null,
  -- A disposition answers a whole theme at once, as a comment's does one comment.
  disposition text check (disposition in ('accepted', 'partly', 'not_accepted', 'out_of_scope')),
  disposition_note text,
  changed_keys jsonb not null default '[]',
  disposed_by uuid references users(id) on delete set null,
  disposed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index public_comment_themes_period_idx on public_comment_themes(period_id, position);
create index public_comment_themes_organization_idx on public_comment_themes(organization_id);

create table public_comment_theme_comments (
  comment_id uuid primary key references public_comments(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  period_id uuid not null references public_comment_theme_sets(period_id) on delete cascade,
  theme_id uuid references public_comment_themes(id) on delete set null,
  rank integer not null default 0
);
create index public_comment_theme_comments_theme_idx on public_comment_theme_comments(theme_id, rank);
create index public_comment_theme_comments_period_idx on public_comment_theme_comments(period_id);
create index public_comment_theme_comments_organization_idx on public_comment_theme_comments(organization_id);
