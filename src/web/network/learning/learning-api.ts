import type { MessageKey } from '../../app/i18n/message-catalogue';

/* The cohort's resources, attendance and discussion as the server sends them (src/server/network/{learning,discussions}/). */

export interface NetworkResource {
  id: string;
  kind: 'file' | 'link';
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  /** null: every phase. */
  phaseKey: string | null;
  /** A session's material when set. */
  eventId: string | null;
  addedBy: string | null;
  addedAt: string;
}

export const attendanceRoles = ['superintendent', 'board_member', 'steering_committee', 'principal', 'teacher', 'other'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];
export const roleLabel: Record<AttendanceRole, MessageKey> = {
  superintendent: 'learning.role.superintendent',
  board_member: 'learning.role.board_member',
  steering_committee: 'learning.role.steering_committee',
  principal: 'learning.role.principal',
  teacher: 'learning.role.teacher',
  other: 'learning.role.other',
};

interface Count {
  recorded: number;
  attended: number;
}
export interface SessionAttendance {
  eventId: string;
  people: Array<{ id: string; districtId: string; districtName: string; personName: string; role: AttendanceRole; attended: boolean }>;
  totals: Count & { districtsPresent: number; byDistrict: Array<Count & { districtId: string; districtName: string }>; byRole: Array<Count & { role: AttendanceRole }> };
  recordedAt: string | null;
}

export interface DiscussionAuthor {
  name: string | null;
  organizationName: string;
  districtId: string | null;
}
export interface CohortDiscussion {
  id: string;
  title: string;
  body: string;
  author: DiscussionAuthor;
  replyCount: number;
  createdAt: string;
  lastActivityAt: string;
}
export interface CohortDiscussionThread extends CohortDiscussion {
  replies: Array<{ id: string; body: string; author: DiscussionAuthor; createdAt: string }>;
}

/** A template's phases, as GET /api/process-templates/{id} gives them (in the reader's language). */
export interface TemplatePhases {
  id: string;
  name: string;
  phases: Array<{ id: string; name: string }>;
}

export const maxResourceFileBytes = 20 * 1024 * 1024;

/**
 * Paths of both sides: the network's (`/api/cohorts/{id}`) and a district's
 * (`/api/districts/{id}/cohorts/{id}`); the resources and discussion under each are the same.
 */
export const learningApi = {
  networkBase: (cohortId: string) => `/api/cohorts/${cohortId}`,
  districtBase: (districtId: string, cohortId: string) => `/api/districts/${districtId}/cohorts/${cohortId}`,
  resources: (base: string) => `${base}/resources`,
  resource: (base: string, resourceId: string) => `${base}/resources/${resourceId}`,
  resourceFile: (base: string, resourceId: string) => `${base}/resources/${resourceId}/file`,
  upload: (cohortId: string, query: Record<string, string>) => `/api/cohorts/${cohortId}/resources/files?${new URLSearchParams(query).toString()}`,
  attendance: (cohortId: string, eventId: string) => `/api/cohorts/${cohortId}/events/${eventId}/attendance`,
  discussions: (base: string) => `${base}/discussions`,
  discussion: (base: string, discussionId: string) => `${base}/discussions/${discussionId}`,
  replies: (base: string, discussionId: string) => `${base}/discussions/${discussionId}/replies`,
  template: (templateId: string) => `/api/process-templates/${encodeURIComponent(templateId)}`,
};
