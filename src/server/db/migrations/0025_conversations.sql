-- Community voice II: conversations. A prompt people answer with short statements of their own
-- and by rating (1-5 stars, "rate" mode) or voting on everyone else's (agree / disagree / pass,
-- "vote" mode, Polis's way). Participants are anonymous: a random id kept on their device, stored
-- only as a keyed hash; their rows keep the day they joined, never the time.

create table conversations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  -- The planning cycle and the engagement-plan entry (a phase and a stakeholder group) it serves.
  cycle_id uuid references planning_cycles(id) on delete set null,
  engagement_entry_id uuid references engagement_entries(id) on delete set null,
  mode text not null check (mode in ('rate', 'vote')),
  -- {"en": "What should our graduates be able to do?", "es": "..."}: one text per language.
  prompt jsonb not null,
  -- ["en", "es"]: the first is the default.
  languages jsonb not null,
  -- pre: a statement waits for a moderator before anyone sees it; post: shown at once, hidden later if need be.
  moderation text not null default 'post' check (moderation in ('pre', 'post')),
  -- survey/v1 question objects (single or multi choice, demographic), asked when a participant joins.
  demographics jsonb not null default '[]',
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  -- Set when first opened and kept on reopening: the public link and flyer carry it.
  public_code text unique,
  opens_at timestamptz,
  closes_at timestamptz,
  opened_at timestamptz,
  closed_at timestamptz,
  -- Bumped when a statement's status changes, so cached opinion groups know the map changed.
  moderation_version integer not null default 1,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversations_organization_idx on conversations(organization_id, created_at);
create index conversations_cycle_idx on conversations(cycle_id);

create table conversation_participants (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- A Polis voter id, for a conversation imported from a Polis export.
  external_id text,
  -- HMAC of the device's random id with the server's secret: the id itself is never stored.
  device_hash text,
  -- HMAC of a verified email, only to refuse a second participation; never shown to anyone.
  email_hash text,
  -- Answers to the conversation's demographic questions, by question key.
  demographics jsonb not null default '{}',
  -- The day only.
  created_at timestamptz not null,
  unique (conversation_id, external_id),
  unique (conversation_id, device_hash),
  unique (conversation_id, email_hash)
);
create index conversation_participants_organization_idx on conversation_participants(organization_id);

create table conversation_statements (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- A Polis comment id, for a conversation imported from a Polis export.
  external_id text,
  text text not null,
  -- The language it was written in; `translations` holds the team's translations by language.
  language text not null,
  translations jsonb not null default '{}',
  -- Written by the district's team to start the conversation, and labelled so.
  is_seed boolean not null default false,
  author_participant_id uuid references conversation_participants(id) on delete set null,
  created_by uuid references users(id) on delete set null,
  status text not null check (status in ('pending', 'accepted', 'hidden')),
  -- The key of the published policy's reason (core/engagement/conversations/moderation-policy.ts).
  moderation_reason text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (conversation_id, external_id)
);
create index conversation_statements_conversation_idx on conversation_statements(conversation_id, status, created_at);
create index conversation_statements_author_idx on conversation_statements(author_participant_id);
create index conversation_statements_organization_idx on conversation_statements(organization_id);

create table conversation_votes (
  statement_id uuid not null references conversation_statements(id) on delete cascade,
  participant_id uuid not null references conversation_participants(id) on delete cascade,
  conversation_id uuid not null references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  -- vote mode: agree 1, disagree -1, pass 0 (the coding of Polis's public exports); rate mode: 1 to 5 stars.
  value smallint not null check (value between -1 and 5),
  -- The day only for votes cast here; an imported vote keeps the time the export gives.
  voted_at timestamptz not null,
  -- Renewed by every vote, a later one replacing an earlier: max(seq) of a conversation versions its votes.
  seq bigserial not null,
  primary key (statement_id, participant_id)
);
create index conversation_votes_conversation_idx on conversation_votes(conversation_id, seq);
create index conversation_votes_participant_idx on conversation_votes(participant_id);
create index conversation_votes_organization_idx on conversation_votes(organization_id);

-- Every moderation decision, as the log the district can show and download.
create table conversation_moderation_events (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  statement_id uuid not null references conversation_statements(id) on delete cascade,
  decision text not null check (decision in ('accepted', 'hidden')),
  reason text,
  -- Why, when no reason of the policy applies (an imported statement Polis had moderated out).
  note text,
  moderated_by uuid references users(id) on delete set null,
  moderator_label text not null,
  moderated_at timestamptz not null default now()
);
create index conversation_moderation_events_conversation_idx on conversation_moderation_events(conversation_id, moderated_at);
create index conversation_moderation_events_statement_idx on conversation_moderation_events(statement_id);
create index conversation_moderation_events_organization_idx on conversation_moderation_events(organization_id);

-- A leader's reply to a statement (shown beside it) and, later, what the district did about it.
create table conversation_replies (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  statement_id uuid not null unique references conversation_statements(id) on delete cascade,
  -- Text by language, like the prompt; null until written.
  reply jsonb,
  what_we_did jsonb,
  replied_by uuid references users(id) on delete set null,
  replied_at timestamptz,
  what_we_did_by uuid references users(id) on delete set null,
  what_we_did_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversation_replies_conversation_idx on conversation_replies(conversation_id);
create index conversation_replies_organization_idx on conversation_replies(organization_id);
