-- Organizations, people, access, audit and mail: what every product area stands on.
-- Valid on PostgreSQL 15 and on PGlite (PostgreSQL 18).

create table organizations (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('district', 'network')),
  name text not null,
  slug text not null unique,
  network_id uuid references organizations(id) on delete restrict,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organizations_network_idx on organizations(network_id);

create table schools (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  code text,
  created_at timestamptz not null default now()
);
create index schools_organization_idx on schools(organization_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique,
  name text not null,
  password_hash text,
  locale text not null default 'en' check (locale in ('en', 'es')),
  is_operator boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table memberships (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  role text not null check (role in ('administrator', 'planner', 'contributor', 'viewer', 'network_admin', 'coach')),
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, user_id)
);
create index memberships_user_idx on memberships(user_id);

-- A coach of a network reads and reviews the districts assigned to them.
create table coach_assignments (
  network_id uuid not null references organizations(id) on delete cascade,
  district_id uuid not null references organizations(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (district_id, user_id)
);

create table sessions (
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  user_agent text
);
create index sessions_user_idx on sessions(user_id);
create index sessions_expires_idx on sessions(expires_at);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_idx on api_tokens(user_id);

-- Invitations and password resets: single-use, expiring, stored hashed.
create table one_time_tokens (
  id uuid primary key default gen_random_uuid(),
  purpose text not null check (purpose in ('invitation', 'password_reset')),
  token_hash text not null unique,
  email text not null,
  user_id uuid references users(id) on delete cascade,
  organization_id uuid references organizations(id) on delete cascade,
  role text check (role in ('administrator', 'planner', 'contributor', 'viewer', 'network_admin', 'coach')),
  created_by uuid references users(id) on delete set null,
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index one_time_tokens_organization_idx on one_time_tokens(organization_id);

-- Failed sign-ins, counted per email and per address, so every app process sees the same limit.
create table sign_in_attempts (
  id bigserial primary key,
  key text not null,
  created_at timestamptz not null default now()
);
create index sign_in_attempts_key_idx on sign_in_attempts(key, created_at);

create table audit_events (
  id bigserial primary key,
  organization_id uuid references organizations(id) on delete cascade,
  actor_user_id uuid references users(id) on delete set null,
  actor_label text not null,
  action text not null,
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  created_at timestamptz not null default now()
);
create index audit_events_organization_idx on audit_events(organization_id, id desc);

create table outbox_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid references organizations(id) on delete cascade,
  to_address text not null,
  subject text not null,
  body_text text not null,
  status text not null check (status in ('held', 'pending', 'sent', 'failed')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_messages_organization_idx on outbox_messages(organization_id, created_at desc);
