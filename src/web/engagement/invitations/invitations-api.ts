import { withQuery } from '../../app/api';
import type { SurveyMode } from '../../../core/engagement/survey-format';

/** GET /api/surveys/{id}/invitations (src/server/engagement/invitations). */
export interface SurveyInvitations {
  survey_id: string;
  mode: SurveyMode;
  counts: { invited: number; answered: number; not_answered: number; opted_out: number; reminded: number; due_for_reminder: number };
  next_reminder_at: string | null;
  /** Anonymous surveys: only those who have not answered (and those opted out). */
  invitations: Array<{
    id: string;
    name: string;
    email: string;
    language: string;
    stakeholder_group_id: string | null;
    stakeholder_group_name: string | null;
    status: 'answered' | 'not_answered' | 'opted_out';
    sent_at: string;
    reminded_at: string | null;
    reminder_count: number;
  }>;
  stakeholder_groups: Array<{ id: string; name: string; contacts: number }>;
}

export interface InvitationsSent {
  invited: number;
  skipped_opted_out: number;
  skipped_already_invited: number;
}

export const invitationsApi = {
  list: (surveyId: string) => `/api/surveys/${surveyId}/invitations`,
  invite: (surveyId: string) => `/api/surveys/${surveyId}/invitations`,
  reminders: (surveyId: string) => `/api/surveys/${surveyId}/invitations/reminders`,
  mailPreview: (surveyId: string, language: string) => withQuery(`/api/surveys/${surveyId}/invitations/mail-preview`, { language }),
};
