-- Evidence (issue 16): the district's data files in, as tidy rows (entity x period x group x
-- metric), read by indicators, the data retreat and the plan's measures.

-- A mapping saved under a name, so next year's file of the same layout imports with no mapping work.
create table evidence_layouts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  -- The file's normalised header row: a new file with the same headers uses this layout.
  fingerprint text not null,
  -- core/evidence/dataset-mapping.ts DatasetMapping.
  mapping jsonb not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name)
);
create index evidence_layouts_fingerprint_idx on evidence_layouts(organization_id, fingerprint);

-- What the district's data files measure: created from a layout's metric definitions at import.
create table evidence_metrics (
  organization_id uuid not null references organizations(id) on delete cascade,
  key text not null,
  label text not null,
  unit text not null check (unit in ('percent', 'count', 'rate', 'number')),
  higher_is_better boolean,
  primary key (organization_id, key)
);

-- One dataset: a file the district loaded, and whatever corrected files later replaced it.
create table datasets (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id) on delete cascade,
  name text not null,
  status text not null check (status in ('needs_mapping', 'importing', 'ready', 'failed', 'cancelled')),
  -- 'library:<key>' for a layout Waymark recognises, 'saved:<uuid>' for the district's own, null when mapped by hand.
  layout_ref text,
  -- The mapping of the current (or pending) import.
  mapping jsonb,
  -- The import whose rows indicators read; null until one finished.
  current_import_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index datasets_organization_idx on datasets(organization_id);

-- One file loaded into a dataset, who loaded it and when, and how far its import got. Its rows
-- are written outside a transaction (so progress can be read) but indicators read only the
-- dataset's current import: a failed or cancelled import's rows are deleted, never read.
create table dataset_imports (
  id uuid primary key default gen_random_uuid(),
  dataset_id uuid not null references datasets(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  status text not null check (status in ('waiting', 'queued', 'running', 'done', 'failed', 'cancelled', 'replaced')),
  file_name text not null,
  content_type text not null,
  size_bytes bigint not null,
  -- The source file; kept for the current import, dropped (null) once a later file replaced it.
  content bytea,
  sheet text,
  bytes_read bigint not null default 0,
  rows_read integer not null default 0,
  rows_written integer not null default 0,
  suppressed integer not null default 0,
  missing integer not null default 0,
  -- Row-level problems: [{ line, column, message }] (the first ones), and how many in all.
  problems jsonb not null default '[]',
  problem_count integer not null default 0,
  cancel_requested boolean not null default false,
  loaded_by uuid references users(id) on delete set null,
  loaded_by_label text not null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index dataset_imports_dataset_idx on dataset_imports(dataset_id);
-- Deferred: a dataset and its imports name each other, and a restore inserts them in one transaction.
alter table datasets add constraint datasets_current_import_fk foreign key (current_import_id) references dataset_imports(id)
  on delete set null deferrable initially deferred;

-- The tidy rows. flag: 0 a value, 1 suppressed in the file, 2 missing.
create table dataset_rows (
  import_id uuid not null references dataset_imports(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  entity_key text not null,
  period text not null,
  group_label text not null,
  metric text not null,
  value double precision,
  n integer,
  flag smallint not null default 0 check (flag in (0, 1, 2))
);
create index dataset_rows_lookup_idx on dataset_rows(organization_id, metric, period);
create index dataset_rows_import_idx on dataset_rows(import_id);

-- The schools and district the files name, matched once to the district's schools for every file.
create table evidence_entities (
  organization_id uuid not null references organizations(id) on delete cascade,
  entity_key text not null,
  name text not null,
  code text,
  -- 'school' (matched to school_id), 'district' (the district's own rows), 'unmatched', 'ignored'.
  status text not null check (status in ('school', 'district', 'unmatched', 'ignored')),
  school_id uuid references schools(id) on delete set null,
  -- A 'school' whose school was deleted (school_id set null) reads as unmatched.
  primary key (organization_id, entity_key)
);

-- Student group names as files write them, mapped to one of the district's groups (student_groups
-- keys, or the built-in list's) when the district's names and aliases do not already match.
create table evidence_group_labels (
  organization_id uuid not null references organizations(id) on delete cascade,
  label text not null,
  -- null: not a student group the district reports (kept in the data, not offered as a group).
  group_key text,
  primary key (organization_id, label)
);

-- A plan measure fed by an indicator: its actuals arrive from each new dataset (one value per
-- period, for the district or one school, for all students or one group), beside typed ones.
create table measure_indicator_feeds (
  plan_id uuid not null references plans(id) on delete cascade,
  organization_id uuid not null references organizations(id) on delete cascade,
  measure_key text not null,
  metric text not null,
  -- null: the district's own value; else one school.
  school_id uuid references schools(id) on delete cascade,
  -- null: all students; else the student group's name as the plan writes it.
  group_name text,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (plan_id, measure_key)
);
