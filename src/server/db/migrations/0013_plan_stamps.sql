-- A counter per plan that moves whenever anything the monitoring views show changes: the plan,
-- its elements, updates, actuals, owners and rules. The scorecard keeps its computed answer in
-- memory and serves it again while the counter has not moved, so the dashboard's read is one
-- small query. Triggers catch every writer (the editor, re-import, monitoring, restore), so no
-- use-case has to remember to bump it. No foreign key: a plan being deleted cascades into its
-- rows, whose triggers would then reference a row already gone; an orphan counter is harmless.

create table plan_stamps (
  plan_id uuid primary key,
  stamp bigint not null
);

create function bump_plan_stamps() returns trigger language plpgsql as $$
begin
  insert into plan_stamps (plan_id, stamp)
    select distinct plan_id, 1 from changed_rows
  on conflict (plan_id) do update set stamp = plan_stamps.stamp + 1;
  return null;
end $$;

create function bump_plan_stamps_of_plans() returns trigger language plpgsql as $$
begin
  insert into plan_stamps (plan_id, stamp)
    select distinct id, 1 from changed_rows
  on conflict (plan_id) do update set stamp = plan_stamps.stamp + 1;
  return null;
end $$;

create trigger plans_stamp_update after update on plans referencing new table as changed_rows for each statement execute function bump_plan_stamps_of_plans();

create trigger plan_elements_stamp_insert after insert on plan_elements referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger plan_elements_stamp_update after update on plan_elements referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger plan_elements_stamp_delete after delete on plan_elements referencing old table as changed_rows for each statement execute function bump_plan_stamps();

create trigger element_updates_stamp_insert after insert on element_updates referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger element_updates_stamp_update after update on element_updates referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger element_updates_stamp_delete after delete on element_updates referencing old table as changed_rows for each statement execute function bump_plan_stamps();

create trigger measure_actuals_stamp_insert after insert on measure_actuals referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger measure_actuals_stamp_update after update on measure_actuals referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger measure_actuals_stamp_delete after delete on measure_actuals referencing old table as changed_rows for each statement execute function bump_plan_stamps();

create trigger element_owners_stamp_insert after insert on element_owners referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger element_owners_stamp_update after update on element_owners referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger element_owners_stamp_delete after delete on element_owners referencing old table as changed_rows for each statement execute function bump_plan_stamps();

create trigger plan_monitoring_stamp_insert after insert on plan_monitoring referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger plan_monitoring_stamp_update after update on plan_monitoring referencing new table as changed_rows for each statement execute function bump_plan_stamps();
create trigger plan_monitoring_stamp_delete after delete on plan_monitoring referencing old table as changed_rows for each statement execute function bump_plan_stamps();

-- Coverage and the scorecard read a plan's updates newest first per element.
create index element_updates_plan_element_idx on element_updates(plan_id, element_key, created_at);
