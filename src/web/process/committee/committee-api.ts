import type { MessageKey } from '../../app/i18n/message-catalogue';

export { constituencies, type Constituency } from '../../../core/process/constituencies';
import type { Constituency } from '../../../core/process/constituencies';

export const committeeRoles = ['chair', 'facilitator', 'member', 'sponsor'] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

export interface CommitteeMember {
  id: string;
  userId: string | null;
  name: string;
  constituency: Constituency;
  committeeRole: CommitteeRole;
  title: string | null;
  email: string | null;
  phone: string | null;
  isActive: boolean;
  position: number;
  version: number;
}

export interface RepresentationGap {
  constituency: Constituency;
  needed: number;
  actual: number;
  source: 'template' | 'district';
}

export interface Representation {
  required: Constituency[];
  recommended: Constituency[];
  note: string | null;
  targets: Array<{ constituency: Constituency; minimum: number }>;
  counts: Partial<Record<Constituency, number>>;
  gaps: RepresentationGap[];
  recommendedMissing: Constituency[];
}

export interface Committee {
  members: CommitteeMember[];
  representation: Representation;
}

export type AttendanceStatus = 'present' | 'absent' | 'excused';

/** GET /api/cycles/:cycleId/attendance, kept by the sessions area. */
export interface Attendance {
  sessions: Array<{ id: string; name: string; sessionDate: string }>;
  members: Array<{ committeeMemberId: string; present: number; recorded: number; records: Array<{ sessionId: string; status: AttendanceStatus }> }>;
}

export const committeeApi = {
  committee: (cycleId: string) => `/api/cycles/${cycleId}/committee`,
  member: (cycleId: string, memberId: string) => `/api/cycles/${cycleId}/committee/${memberId}`,
  targets: (cycleId: string) => `/api/cycles/${cycleId}/representation-targets`,
  attendance: (cycleId: string) => `/api/cycles/${cycleId}/attendance`,
};

export const constituencyLabel = (c: Constituency) => `constituency.${c}` as MessageKey;
export const constituencySomeone = (c: Constituency) => `constituency.someone.${c}` as MessageKey;
export const committeeRoleLabel = (r: CommitteeRole) => `committeeRole.${r}` as MessageKey;
export const attendanceStatusLabel: Record<AttendanceStatus, MessageKey> = {
  present: 'committee.attendance.present',
  absent: 'committee.attendance.absent',
  excused: 'committee.attendance.excused',
};
