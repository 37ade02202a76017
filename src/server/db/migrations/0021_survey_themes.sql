-- Community voice: themes of a survey's open-text answers. For each text question, the themes
-- found automatically across its answers (then renamed, merged, split by the planning team), which
-- theme each answer is in, and the answers starred as quotes for reports. An answer is one
-- response's text for one question: (response_id, question_key).

-- One row per question whose themes were asked for: where finding them stands, and the version
-- every change to the question's themes (find, merge, split, move, sort) raises.
create table survey_theme_sets (
  survey_id uuid not null references surveys(id) on delete cascade,
  question_key text not null,
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
  version integer not null default 1,
  primary key (survey_id, question_key)
);
create index survey_theme_sets_organization_idx on survey_theme_sets(organization_id);

create table survey_themes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  survey_id uuid not null,
  question_key text not null,
  label text not null,
  -- Its most distinctive words, as people wrote them (a hint beside the label).
  words jsonb not null default '[]',
  -- The team renamed it: finding themes again would lose that, so the screen asks first.
  is_label_edited boolean not null default false,
  position integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (survey_id, question_key) references survey_theme_sets(survey_id, question_key) on delete cascade
);
create index survey_themes_question_idx on survey_themes(survey_id, question_key, position);
create index survey_themes_organization_idx on survey_themes(organization_id);

-- Where each answer was sorted: a theme, or none ("not sorted": no words to group by, or moved
-- there by the team). An answer without a row arrived after the themes were found.
create table survey_theme_answers (
  response_id uuid not null references survey_responses(id) on delete cascade,
  question_key text not null,
  organization_id uuid not null references organizations(id) on delete cascade,
  survey_id uuid not null,
  theme_id uuid references survey_themes(id) on delete set null,
  -- Nearness to the theme's centre, 0 the nearest: the theme's sample quotes are its first answers.
  rank integer not null default 0,
  primary key (response_id, question_key),
  foreign key (survey_id, question_key) references survey_theme_sets(survey_id, question_key) on delete cascade
);
create index survey_theme_answers_theme_idx on survey_theme_answers(theme_id, rank);
create index survey_theme_answers_question_idx on survey_theme_answers(survey_id, question_key);
create index survey_theme_answers_organization_idx on survey_theme_answers(organization_id);

-- Quotes starred for reports; they outlive finding the themes again.
create table survey_answer_stars (
  response_id uuid not null references survey_responses(id) on delete cascade,
  question_key text not null,
  organization_id uuid not null references organizations(id) on delete cascade,
  survey_id uuid not null references surveys(id) on delete cascade,
  starred_by uuid references users(id) on delete set null,
  starred_at timestamptz not null default now(),
  primary key (response_id, question_key)
);
create index survey_answer_stars_question_idx on survey_answer_stars(survey_id, question_key);
create index survey_answer_stars_organization_idx on survey_answer_stars(organization_id);
