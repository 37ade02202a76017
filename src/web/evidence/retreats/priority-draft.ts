import { draftOf, rootCausesToSend, type RootCausesDraft } from './root-causes-draft';
import type { Priority, RetreatCitation, RetreatFrame } from './retreat-types';

/** A priority's gap analysis as the editor holds it between saves. */
export interface PriorityDraft {
  title: string;
  current_state: string;
  current_evidence: RetreatCitation[];
  future_state: string;
  goal_key: string | null;
  gap: string;
  rootCauses: RootCausesDraft;
  case_for_change: string;
  area: string | null;
}

export function priorityDraftOf(priority: Priority): PriorityDraft {
  return {
    title: priority.title,
    current_state: priority.current_state,
    current_evidence: priority.current_evidence,
    future_state: priority.future_state,
    goal_key: priority.goal_key,
    gap: priority.gap,
    rootCauses: draftOf(priority.root_cause_method, priority.root_causes),
    case_for_change: priority.case_for_change,
    area: priority.area,
  };
}

/** The body of PUT /priorities/{id}: every field of the analysis, the root causes as the chosen method writes them. */
export function priorityBody(draft: PriorityDraft, frame: RetreatFrame, version: number) {
  const { rootCauses, area, ...rest } = draft;
  return { ...rest, ...rootCausesToSend(rootCauses), ...(frame === 'performance_fact' ? { area } : {}), version };
}

/** Whether the editor holds something the saved priority does not (what is sent differs). */
export function isDraftChanged(draft: PriorityDraft, saved: Priority, frame: RetreatFrame): boolean {
  return JSON.stringify(priorityBody(draft, frame, 0)) !== JSON.stringify(priorityBody(priorityDraftOf(saved), frame, 0));
}
