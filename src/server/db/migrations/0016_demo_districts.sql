-- A district loaded as the demo (setup's "Load a demo district", or `demo load`). Only there do
-- the demo's people have the known passwords the demo screen shows; no other district ever does.
alter table organizations add column is_demo boolean not null default false;
