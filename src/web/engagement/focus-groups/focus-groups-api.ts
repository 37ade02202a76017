/**
 * The focus-group endpoints and the shapes they answer (src/server/engagement/focus-groups), and
 * the pages' addresses. Snake_case, like the rest of the engagement API.
 */
import type { LibraryProtocol, Protocol } from '../../../core/engagement/focus-groups/protocol-format';
import type { Constituency } from '../../../core/process/constituencies';

export type { LibraryProtocol, Protocol };

export interface DistrictProtocol {
  id: string;
  library_key: string | null;
  title: string;
  protocol: Protocol;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FocusGroupSession {
  id: string;
  name: string;
  date: string;
  phase_id: string;
  phase_name: string;
  length_minutes: number | null;
  place: string | null;
  start_time: string | null;
  present: number;
}

export interface FocusGroupSummary {
  id: string;
  cycle_id: string;
  session: FocusGroupSession;
  title: Record<string, string>;
  library_key: string | null;
  protocol_id: string | null;
  constituency: Constituency;
  language: string;
  label: string | null;
  participant_count: number | null;
  facilitator: string | null;
  questions: number;
  notes_written: number;
  codes: number;
  version: number;
  updated_at: string;
}

export interface FocusGroupNote {
  question_key: string;
  text: string;
  version: number;
  updated_by: string | null;
  updated_at: string | null;
}

export interface FocusGroupCode {
  id: string;
  question_key: string;
  theme_id: string;
  theme_name: string;
  passage: string | null;
  in_note: boolean;
}

export interface FocusGroupDetail extends FocusGroupSummary {
  protocol: Protocol;
  notes: FocusGroupNote[];
  coded: FocusGroupCode[];
}

export interface Theme {
  id: string;
  name: string;
  description: string;
  groups: number;
  passages: number;
  version: number;
}

export interface SynthesisResponse {
  columns: Array<{ focus_group_id: string; session_name: string; date: string; constituency: Constituency; language: string; label: string | null; participant_count: number | null }>;
  rows: Array<{ theme_id: string; name: string; description: string; groups_raised: number; cells: Array<{ focus_group_id: string; passages: number; quotes: string[] }> }>;
}

export const focusGroupsApi = {
  protocols: (districtId: string) => `/api/districts/${districtId}/focus-group-protocols`,
  protocol: (districtId: string, protocolId: string) => `/api/districts/${districtId}/focus-group-protocols/${protocolId}`,
  groups: (cycleId: string) => `/api/cycles/${cycleId}/focus-groups`,
  group: (cycleId: string, focusGroupId: string) => `/api/cycles/${cycleId}/focus-groups/${focusGroupId}`,
  note: (cycleId: string, focusGroupId: string, questionKey: string) => `/api/cycles/${cycleId}/focus-groups/${focusGroupId}/notes/${encodeURIComponent(questionKey)}`,
  codes: (cycleId: string, focusGroupId: string) => `/api/cycles/${cycleId}/focus-groups/${focusGroupId}/codes`,
  code: (cycleId: string, focusGroupId: string, codeId: string) => `/api/cycles/${cycleId}/focus-groups/${focusGroupId}/codes/${codeId}`,
  themes: (cycleId: string) => `/api/cycles/${cycleId}/focus-group-themes`,
  theme: (cycleId: string, themeId: string) => `/api/cycles/${cycleId}/focus-group-themes/${themeId}`,
  synthesis: (cycleId: string) => `/api/cycles/${cycleId}/focus-group-synthesis`,
  synthesisCsv: (cycleId: string, language: string) => `/api/cycles/${cycleId}/focus-group-synthesis.csv?lang=${language}`,
  cycles: (districtId: string) => `/api/districts/${districtId}/cycles`,
  cycle: (cycleId: string) => `/api/cycles/${cycleId}`,
};

const base = (organizationId: string) => `/o/${organizationId}/engagement/focus-groups`;
export const focusGroupPaths = {
  list: (organizationId: string, cycleId?: string) => (cycleId ? `${base(organizationId)}?cycle=${cycleId}` : base(organizationId)),
  protocols: (organizationId: string) => `${base(organizationId)}/protocols`,
  notes: (organizationId: string, cycleId: string, focusGroupId: string) => `${base(organizationId)}/cycles/${cycleId}/groups/${focusGroupId}`,
  synthesis: (organizationId: string, cycleId: string) => `${base(organizationId)}/cycles/${cycleId}/synthesis`,
};
