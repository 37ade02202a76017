-- Community voice: surveys. A survey is a survey/v1 document (every text in every language) with
-- its life (draft -> open -> closed), its public code and its responses. Responses to an
-- anonymous survey keep nothing that links them to a person: no contact, no address, no agent,
-- and their time only to the day.

create table engagement_settings (
  organization_id uuid primary key references organizations(id) on delete cascade,
  -- Survey results hide any group of fewer respondents than this (HR tools default to 5, minimum 3).
  respondent_threshold integer not null default 5 check (respondent_threshold between 3 and 100),
  -- A group whose share of respondents trails its share of the population by more than this many
  -- percentage points is flagged as under-represented.
  representation_gap integer not null default 10 check (representation_gap between 1 and 100),
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

create table surveys (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  -- The planning cycle and the engagement-plan entry (a phase and a stakeholder group) it serves.
  cycle_id uuid references planning_cycles(id) on delete set null,
  engagement_entry_id uuid references engagement_entries(id) on delete set null,
  -- The title in the survey's first language, for lists and search; the document holds them all.
  title text not null,
  document jsonb not null,
  -- The starter it was copied from ("performance-fact-buy-in"), never edited in place.
  starter_key text,
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  -- Set when first opened; the public link and flyer carry it.
  public_code text unique,
  opens_at timestamptz,
  closes_at timestamptz,
  opened_at timestamptz,
  closed_at timestamptz,
  -- Bumped when responses are removed or edited, so cached results know to start again.
  responses_version integer not null default 1,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index surveys_organization_idx on surveys(organization_id, created_at);
create index surveys_cycle_idx on surveys(cycle_id);

create table survey_responses (
  -- Ingest order: results read the responses after the last one they counted.
  seq bigserial primary key,
  id uuid not null unique default gen_random_uuid(),
  survey_id uuid not null references surveys(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- The respondent's own id for this submission: a retry with the same id is the same response.
  submission_id uuid not null,
  locale text not null,
  answers jsonb not null,
  channel text not null default 'web' check (channel in ('web', 'link', 'kiosk', 'paper')),
  -- Confidential and identified surveys only: who answered (a mailed link's contact).
  respondent_name text,
  respondent_email text,
  -- Paper forms: the staff member who typed it in.
  entered_by uuid references users(id) on delete set null,
  submitted_at timestamptz not null default now(),
  unique (survey_id, submission_id)
);
create index survey_responses_survey_idx on survey_responses(survey_id, seq);
create index survey_responses_organization_idx on survey_responses(organization_id);
