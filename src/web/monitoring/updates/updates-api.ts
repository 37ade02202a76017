import type { StudentGroup } from '../student-groups/student-groups-api';

/**
 * The monitoring endpoints the update screens use, and the shapes they answer with (as the
 * server's presenters write them). Kept in one place so a renamed route is changed once.
 */

export type UpdateSource = 'app' | 'link' | 'bulk';
export type PeriodState = 'upcoming' | 'due' | 'overdue' | 'done';

export interface ValueCell {
  subgroup: string | null;
  value: number | null;
  n: number | null;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface ElementUpdate {
  id: string;
  periodLabel: string;
  periodEndsOn: string | null;
  revision: number;
  values: ValueCell[];
  happened: string | null;
  why: string | null;
  nextSteps: string | null;
  actionStatus: string | null;
  percentComplete: number | null;
  correctionNote: string | null;
  source: UpdateSource;
  author: string;
  createdAt: string;
  evidence: EvidenceFile[];
}

export interface UpdatePeriod {
  label: string;
  startsOn: string;
  endsOn: string;
  dueOn: string;
  closesOn: string;
  state: PeriodState;
}

export interface ElementUpdates {
  planId: string;
  planTitle: string;
  elementKey: string;
  kind: 'measure' | 'action';
  name: string;
  unit?: string;
  unitLabel?: string;
  direction?: string;
  subgroups: string[];
  owner: { userId: string; name: string } | null;
  canUpdate: boolean;
  periods: UpdatePeriod[];
  /** Newest first, every revision. */
  updates: ElementUpdate[];
}

/** What a mailed link opens: the element, limited to the link's period. */
export interface LinkUpdates extends ElementUpdates {
  periodLabel: string;
  expiresAt: string;
  districtName: string;
  /** The district's student groups, which an added row chooses from. */
  studentGroups: StudentGroup[];
}

export interface UpdateBody {
  periodLabel?: string;
  values?: Array<{ subgroup: string | null; value: number | null; n?: number | null }>;
  happened?: string;
  why?: string;
  nextSteps?: string;
  actionStatus?: string;
  percentComplete?: number;
  correctionNote?: string;
}

export interface MyUpdateItem {
  planId: string;
  planTitle: string;
  elementKey: string;
  kind: 'measure' | 'action';
  name: string;
  periodLabel: string;
  dueOn: string;
  closesOn: string;
  state: 'due' | 'overdue' | 'done';
  lastUpdatedAt: string | null;
}

export interface MonitoringSettings {
  yearBasis: 'school' | 'fiscal';
  schoolYearStartMonth: number;
  fiscalYearStartMonth: number;
  measureDueDays: number;
  actionDueDays: number;
  remindDaysBefore: number;
  remindEveryDays: number;
  escalateAfterDays: number;
  suppressionThreshold: number;
  updateLinkGraceDays: number;
  version: number;
}

export interface MonitoringPerson {
  userId: string;
  name: string;
  /** Only for monitoring managers and the person themself. */
  email: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
  wantsDailyDigest: boolean;
}

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const district = (districtId: string) => `/api/districts/${encodeURIComponent(districtId)}`;

export const updatesApi = {
  myUpdates: (districtId: string) => `${district(districtId)}/my-updates`,
  elementUpdates: (planId: string, elementKey: string) => `${plan(planId)}/elements/${encodeURIComponent(elementKey)}/updates`,
  linkEvidence: (token: string, updateId: string, fileName: string) =>
    `/api/update-links/${encodeURIComponent(token)}/evidence?updateId=${encodeURIComponent(updateId)}&fileName=${encodeURIComponent(fileName)}`,
  evidence: (updateId: string, fileName: string) => `/api/updates/${encodeURIComponent(updateId)}/evidence?fileName=${encodeURIComponent(fileName)}`,
  evidenceFile: (updateId: string, evidenceId: string) => `/api/updates/${encodeURIComponent(updateId)}/evidence/${encodeURIComponent(evidenceId)}`,
  link: (token: string) => `/api/update-links/${encodeURIComponent(token)}`,
  settings: (districtId: string) => `${district(districtId)}/monitoring/settings`,
  people: (districtId: string) => `${district(districtId)}/monitoring/people`,
  person: (districtId: string, userId: string) => `${district(districtId)}/monitoring/people/${encodeURIComponent(userId)}`,
};

/** The update form's address inside a district; the period is optional (the form picks the one owed). */
export function updateFormPath(organizationId: string, planId: string, elementKey: string, periodLabel?: string | null): string {
  const path = `/o/${organizationId}/updates/${planId}/${encodeURIComponent(elementKey)}`;
  return periodLabel ? `${path}?period=${encodeURIComponent(periodLabel)}` : path;
}

export function myUpdatesPath(organizationId: string): string {
  return `/o/${organizationId}/updates`;
}

/** The file types the server accepts as evidence, by extension, for browsers that leave `type` empty. */
export const evidenceTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

export const maxEvidenceBytes = 5 * 1024 * 1024;

/** The content type to send a file with, or null when the server would refuse its type. */
export function evidenceContentType(file: { name: string; type: string }): string | null {
  const accepted = new Set(Object.values(evidenceTypes));
  if (file.type && accepted.has(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return evidenceTypes[extension] ?? null;
}
