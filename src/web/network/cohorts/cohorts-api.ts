import type { BadgeTone } from '../../app/ui/badge';
import type { MessageKey } from '../../app/i18n/message-catalogue';

/* A network's cohorts as the server sends them (src/server/network/{cohorts,members}/). */

export interface Cohort {
  id: string;
  networkId: string;
  name: string;
  schoolYear: string;
  templateId: string;
  /** null when the template is no longer offered. */
  templateName: string | null;
  startDate: string;
  description: string;
  districtCount: number;
  version: number;
  createdAt: string;
}

export interface CohortEvent {
  id: string;
  kind: 'milestone' | 'session';
  title: string;
  date: string;
  startTime: string | null;
  location: string | null;
  details: string;
  version: number;
}

export type EnrolmentDocumentKind = 'notice_of_intent' | 'letter_of_commitment' | 'other';

export interface EnrolmentDocument {
  id: string;
  kind: EnrolmentDocumentKind;
  /** An uploaded file; null for a form signed in Waymark. */
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  signerName: string | null;
  signerTitle: string | null;
  statement: string | null;
  addedBy: string | null;
  addedAt: string;
}

export interface CoachOfDistrict {
  userId: string;
  name: string;
  email: string;
  organizationName: string;
  responsibility: string | null;
}

export type MembershipStatus = 'invited' | 'enrolled' | 'withdrawn';

export interface CohortDistrict {
  districtId: string;
  districtName: string;
  status: MembershipStatus;
  cycleId: string | null;
  invitedAt: string;
  enrolledAt: string | null;
  provider: { id: string; name: string } | null;
  coaches: CoachOfDistrict[];
  documents: EnrolmentDocument[];
  version: number;
}

export interface Provider {
  id: string;
  name: string;
  services: string;
  districtCount: number;
  addedAt: string;
}

/** Every cohort endpoint the screens call, in one place. */
export const cohortsApi = {
  cohorts: (networkId: string) => `/api/networks/${networkId}/cohorts`,
  cohort: (cohortId: string) => `/api/cohorts/${cohortId}`,
  events: (cohortId: string) => `/api/cohorts/${cohortId}/events`,
  event: (cohortId: string, eventId: string) => `/api/cohorts/${cohortId}/events/${eventId}`,
  districts: (cohortId: string) => `/api/cohorts/${cohortId}/districts`,
  district: (cohortId: string, districtId: string) => `/api/cohorts/${cohortId}/districts/${districtId}`,
  provider: (cohortId: string, districtId: string) => `/api/cohorts/${cohortId}/districts/${districtId}/provider`,
  document: (cohortId: string, districtId: string, documentId: string) => `/api/cohorts/${cohortId}/districts/${districtId}/documents/${documentId}`,
  providers: (networkId: string) => `/api/networks/${networkId}/providers`,
  networkDistricts: (networkId: string) => `/api/organizations/${networkId}/districts`,
};

export const cohortsPath = (networkId: string) => `/o/${networkId}/cohorts`;
export const cohortPath = (networkId: string, cohortId: string, tab?: CohortTab) => `/o/${networkId}/cohorts/${cohortId}${tab && tab !== 'dashboard' ? `?tab=${tab}` : ''}`;

export const cohortTabs = ['dashboard', 'districts', 'calendar', 'learning', 'discussion'] as const;
export type CohortTab = (typeof cohortTabs)[number];

export const membershipLabel: Record<MembershipStatus, MessageKey> = {
  invited: 'cohortDistricts.status.invited',
  enrolled: 'cohortDistricts.status.enrolled',
  withdrawn: 'cohortDistricts.status.withdrawn',
};
export const membershipTone: Record<MembershipStatus, BadgeTone> = { invited: 'warning', enrolled: 'success', withdrawn: 'neutral' };

export const documentKindLabel: Record<EnrolmentDocumentKind, MessageKey> = {
  notice_of_intent: 'enrolmentDocument.kind.notice_of_intent',
  letter_of_commitment: 'enrolmentDocument.kind.letter_of_commitment',
  other: 'enrolmentDocument.kind.other',
};

/** A calendar day ("2026-08-03") in the reader's words, read in UTC so no time zone moves it. */
export function formatCalendarDay(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}
