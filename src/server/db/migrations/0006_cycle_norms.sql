-- A planning cycle's norms (working agreements) and decision protocol, kept as a document whose
-- every save is a new immutable version: the committee can see what it agreed to, and when.

create table cycle_norms_versions (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references planning_cycles(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  number integer not null check (number >= 1),
  -- The norms as an ordered list of short statements, the way committees write them.
  norms jsonb not null,
  notes text,
  decision_method text not null check (decision_method in ('consensus', 'fist_to_five', 'majority', 'other')),
  decision_description text,
  -- What the committee does when it cannot reach agreement the usual way.
  decision_fallback text,
  quorum text,
  change_note text,
  author_user_id uuid references users(id) on delete set null,
  author_label text not null,
  created_at timestamptz not null default now(),
  unique (cycle_id, number)
);
create index cycle_norms_versions_organization_idx on cycle_norms_versions(organization_id);
