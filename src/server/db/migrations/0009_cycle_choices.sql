-- A framework's choices made when a cycle is run: the alternative chosen for a session (three
-- meetings or one retreat, by the alternative's index in the template), the optional paths the
-- district takes (template ids, decided at the start or in a later phase), and a length given in
-- words ("Half day") for a session laid out from such an alternative.
alter table planning_cycles add column session_choices jsonb not null default '{}';
alter table planning_cycles add column optional_paths jsonb not null default '[]';
alter table cycle_sessions add column length_label text;
