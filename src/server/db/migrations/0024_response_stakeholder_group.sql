-- Community voice: the stakeholder group a response came through, so results break down by group.
-- It is set from a mailed personal invitation (its contact's group, in every mode: a group is not
-- a person, and an anonymous response still keeps no name, address or time) or from a group's own
-- public link (/s/<code>?g=<ref>, the Share tab's per-group links and flyers). Null: the plain
-- public link, a kiosk, or a group since removed (its responses then count as "no group").
alter table survey_responses add column stakeholder_group_id uuid references stakeholder_groups(id) on delete set null;

-- Removing a group (or its cycle) nulls its responses: this finds them without reading every
-- response. Partial, so responses through the plain public link (most of ingest) add no entry.
create index survey_responses_stakeholder_group_idx on survey_responses(stakeholder_group_id) where stakeholder_group_id is not null;
