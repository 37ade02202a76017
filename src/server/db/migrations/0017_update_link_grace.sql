-- A mailed update link works until the period's due date plus this many days (the district's
-- grace period), no longer until the next period's due date, which for a yearly measure was a year.
alter table monitoring_settings add column update_link_grace_days integer not null default 14 check (update_link_grace_days between 0 and 120);
