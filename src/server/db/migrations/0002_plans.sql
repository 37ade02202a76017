-- The plan: a header (everything but the goals, as the interchange format has it) and one row per
-- goal, measure, strategy and action, each keeping its own fields verbatim; frozen versions;
-- comments. See src/core/plan/format/plan-tree.ts for how a document maps onto these rows.

create table plans (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  title text not null,
  -- draft -> public_comment -> adopted -> amending (a new draft beside the adopted version) / archived
  lifecycle text not null default 'draft' check (lifecycle in ('draft', 'public_comment', 'adopted', 'amending', 'archived')),
  header jsonb not null,
  adopted_version integer,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index plans_organization_idx on plans(organization_id);

create table plan_elements (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  parent_id uuid references plan_elements(id) on delete cascade,
  kind text not null check (kind in ('goal', 'measure', 'strategy', 'action')),
  key text not null,
  position integer not null,
  fields jsonb not null,
  child_lists jsonb not null default '[]',
  version integer not null default 1,
  -- Deleted elements stay until the undo window is over; one batch id per delete of a subtree.
  deleted_at timestamptz,
  deleted_batch uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index plan_elements_key_idx on plan_elements(plan_id, key) where deleted_at is null;
create index plan_elements_tree_idx on plan_elements(plan_id, parent_id, kind, position);
create index plan_elements_organization_idx on plan_elements(organization_id);

create table plan_versions (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  number integer not null,
  lifecycle text not null check (lifecycle in ('draft', 'public_comment', 'adopted', 'amending', 'archived')),
  label text not null,
  document jsonb not null,
  adoption jsonb,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  unique (plan_id, number)
);
create index plan_versions_organization_idx on plan_versions(organization_id);

create table plan_comments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  element_id uuid references plan_elements(id) on delete set null,
  author_id uuid references users(id) on delete set null,
  body text not null,
  mentions jsonb not null default '[]',
  resolved_at timestamptz,
  created_at timestamptz not null default now()
);
create index plan_comments_plan_idx on plan_comments(plan_id, created_at);
create index plan_comments_organization_idx on plan_comments(organization_id);
