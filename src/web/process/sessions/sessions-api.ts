import type { MessageKey } from '../../app/i18n/message-catalogue';
import type { BadgeTone } from '../../app/ui/badge';

export type AttendanceStatus = 'present' | 'absent' | 'excused';
export type DecisionMethod = 'consensus' | 'fist_to_five' | 'majority' | 'other';

export interface AgendaItem {
  title: string;
  minutes: number | null;
  presenter: string | null;
}

export interface Decision {
  text: string;
  method: DecisionMethod | null;
}

export interface SessionTask {
  id: string;
  sessionId: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: 'open' | 'done';
  doneAt: string | null;
  version: number;
}

export interface AttendanceRow {
  committeeMemberId: string;
  name: string;
  userId: string | null;
  committeeRole: string;
  constituency: string;
  status: AttendanceStatus | null;
}

export interface SessionRecord {
  session: {
    id: string;
    cycleId: string;
    phaseId: string;
    phaseName: string;
    name: string;
    format: string;
    audience: string | null;
    date: string;
    lengthMinutes: number | null;
    purpose: string | null;
    outcomes: string[];
    version: number;
  };
  place: string | null;
  meetingLink: string | null;
  startTime: string | null;
  agenda: AgendaItem[];
  agendaFromTemplate: boolean;
  minutes: string;
  decisions: Decision[];
  attendance: AttendanceRow[];
  tasks: SessionTask[];
  updatedAt: string | null;
}

export interface SessionSummary {
  sessionId: string;
  place: string | null;
  meetingLink: string | null;
  startTime: string | null;
  hasMinutes: boolean;
  present: number;
  openTasks: number;
}

export interface MyTask {
  kind: 'task' | 'deliverable';
  id: string;
  title: string;
  cycleId: string;
  cycleName: string;
  sessionId: string | null;
  sessionName: string | null;
  dueDate: string;
  status: string;
  isOverdue: boolean;
  doneAt: string | null;
  version: number;
}

/** Every sessions endpoint in one place. */
export const sessionsApi = {
  summaries: (cycleId: string) => `/api/cycles/${cycleId}/session-summaries`,
  record: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/record`,
  session: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}`,
  attendance: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/attendance`,
  tasks: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/tasks`,
  task: (cycleId: string, sessionId: string, taskId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/tasks/${taskId}`,
  agendaPdf: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/agenda.pdf`,
  minutesPdf: (cycleId: string, sessionId: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/minutes.pdf`,
  myTasks: (districtId: string) => `/api/districts/${districtId}/my-tasks`,
};

export const sessionPath = (organizationId: string, cycleId: string, sessionId: string) => `/o/${organizationId}/process/${cycleId}/sessions/${sessionId}`;
export const sessionsPath = (organizationId: string, cycleId: string) => `/o/${organizationId}/process/${cycleId}/sessions`;

export const attendanceStatuses: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];
export const attendanceLabel: Record<AttendanceStatus, MessageKey> = { present: 'sessions.attendance.present', absent: 'sessions.attendance.absent', excused: 'sessions.attendance.excused' };
export const decisionMethods: readonly DecisionMethod[] = ['consensus', 'fist_to_five', 'majority', 'other'];
export const decisionMethodLabel: Record<DecisionMethod, MessageKey> = {
  consensus: 'sessions.method.consensus',
  fist_to_five: 'sessions.method.fist_to_five',
  majority: 'sessions.method.majority',
  other: 'sessions.method.other',
};
export const taskStatusTone: Record<'open' | 'done', BadgeTone> = { open: 'info', done: 'success' };

/** The format's name in the reader's language, or the stored word when the list does not know it. */
export const formatKey = (format: string) => `cycleEdit.format.${format}` as MessageKey;
