-- A conversation may ask each participant to confirm an email address with a code mailed to it, so
-- one person takes part once (issue 14). Only a keyed hash of the address is kept
-- (conversation_participants.email_hash, since 0025), and the mail that carries the code is private:
-- no one reads it in the outbox, and it is deleted once sent or given up.
alter table conversations add column verify_email boolean not null default false;
alter table outbox_messages add column is_private boolean not null default false;
