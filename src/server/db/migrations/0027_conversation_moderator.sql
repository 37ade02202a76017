-- Conversations' moderation (issue 14): a district role for moderators apart from the administrator,
-- and when a conversation's moderators were last mailed about statements waiting in the queue.

-- The role check constraints of migration 0001, with `moderator` added (PostgreSQL names an inline
-- column check <table>_<column>_check; PGlite is PostgreSQL and names it the same).
alter table memberships drop constraint if exists memberships_role_check;
alter table memberships add constraint memberships_role_check
  check (role in ('administrator', 'planner', 'contributor', 'viewer', 'moderator', 'network_admin', 'coach'));
alter table one_time_tokens drop constraint if exists one_time_tokens_role_check;
alter table one_time_tokens add constraint one_time_tokens_role_check
  check (role in ('administrator', 'planner', 'contributor', 'viewer', 'moderator', 'network_admin', 'coach'));

-- At most one queue reminder a day per conversation: the sweep skips a conversation reminded less
-- than a day ago.
alter table conversations add column moderation_reminded_at timestamptz;
