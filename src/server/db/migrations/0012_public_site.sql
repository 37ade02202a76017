-- The district's public progress site: which plan it shows, whether it is published, which goals
-- and measures the district keeps off it; and translations of every public text (plan texts,
-- element texts and update narratives), so a family reads them in its language where the district
-- wrote one.

create table public_sites (
  organization_id uuid primary key references organizations(id) on delete cascade,
  plan_id uuid references plans(id) on delete set null,
  is_published boolean not null default false,
  -- Keys of goals and measures the district chose not to publish.
  hidden_keys jsonb not null default '[]',
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

create table text_translations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  plan_id uuid not null references plans(id) on delete cascade,
  -- 'plan' (subject_key ''), 'element' (its key) or 'update' ('element key|period label': that period's narrative).
  subject text not null check (subject in ('plan', 'element', 'update')),
  subject_key text not null,
  field text not null,
  locale text not null check (locale in ('en', 'es')),
  text text not null,
  updated_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now(),
  unique (plan_id, subject, subject_key, field, locale)
);
create index text_translations_organization_idx on text_translations(organization_id);
