-- A planning cycle may name the plan it produces, so deliverables made in the plan's views
-- (measures, budget, decision rights...) link straight to them. Same district as the cycle,
-- checked by the application; removing the plan leaves the cycle unlinked.
alter table planning_cycles add column plan_id uuid references plans(id) on delete set null;
create index planning_cycles_plan_idx on planning_cycles(plan_id);
