-- Community voice: surveys mailed as personal links. Each invitation is one contact of a survey
-- (from a stakeholder group of the survey's cycle, or pasted by the team): its personal link's
-- token is kept only as a keyed hash (the token itself goes only in the mail), it takes one
-- response, and it remembers its reminders and an opt-out. The district keeps the addresses that
-- asked for no more survey invitations.

create table survey_invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  survey_id uuid not null references surveys(id) on delete cascade,
  -- The stakeholder group the contact came from (null: pasted), and its name when invited, so the
  -- list still reads after the group is renamed or removed.
  stakeholder_group_id uuid references stakeholder_groups(id) on delete set null,
  stakeholder_group_name text,
  name text not null default '',
  -- Lower case: one invitation per address and survey.
  email text not null check (email = lower(email)),
  -- The survey language the mails are written in.
  language text not null,
  -- HMAC of the personal link's token with the server's secret (auth/secrets.ts hashToken).
  token_hash text not null unique,
  invited_by uuid references users(id) on delete set null,
  sent_at timestamptz not null default now(),
  reminded_at timestamptz,
  reminder_count integer not null default 0 check (reminder_count >= 0),
  -- Whether this invitation was used to answer. For an anonymous survey that is ALL that is kept:
  -- not which response, not when (this row has no time that moves when it is used).
  has_responded boolean not null default false,
  -- Confidential and identified surveys only: the response, so a retry is known for what it is.
  response_id uuid references survey_responses(id) on delete set null,
  opted_out_at timestamptz,
  unique (survey_id, email)
);
create index survey_invitations_organization_idx on survey_invitations(organization_id);

-- Addresses that asked the district for no more survey invitations or reminders, ever.
create table survey_invitation_opt_outs (
  organization_id uuid not null references organizations(id) on delete cascade,
  email text not null check (email = lower(email)),
  opted_out_at timestamptz not null default now(),
  primary key (organization_id, email)
);
