import type { SurveyMode } from '../../../core/engagement/survey-format.js';
import { nextReminderAt } from '../../../core/engagement/invitations/invitation-recipients.js';
import type { InvitationRow } from './survey-invitations.repo.js';

const isOptedOut = (row: InvitationRow) => row.opted_out_at !== null;

/**
 * What the team sees of a survey's invitations. For an anonymous survey, counts and the people who
 * have not answered (and those opted out, answered or not): the list reminders need, from which
 * no one can be tied to a response. For the other modes, everyone with their status.
 */
export function presentInvitations(options: { surveyId: string; mode: SurveyMode; rows: readonly InvitationRow[]; groups: ReadonlyArray<{ id: string; name: string; contacts: readonly unknown[] }>; now?: Date }) {
  const { rows, mode } = options;
  const now = options.now ?? new Date();
  const states = rows.map((row) => ({ row, next: nextReminderAt({ hasResponded: row.has_responded, isOptedOut: isOptedOut(row), sentAt: row.sent_at, remindedAt: row.reminded_at }) }));
  const upcoming = states.map((state) => state.next).filter((next): next is Date => next !== null && next.getTime() > now.getTime());
  const shown = mode === 'anonymous' ? rows.filter((row) => !row.has_responded || isOptedOut(row)) : rows;
  return {
    survey_id: options.surveyId,
    mode,
    counts: {
      invited: rows.length,
      answered: rows.filter((row) => row.has_responded).length,
      not_answered: rows.filter((row) => !row.has_responded && !isOptedOut(row)).length,
      opted_out: rows.filter(isOptedOut).length,
      reminded: rows.filter((row) => row.reminder_count > 0).length,
      due_for_reminder: states.filter((state) => state.next !== null && state.next.getTime() <= now.getTime()).length,
    },
    next_reminder_at: upcoming.length ? new Date(Math.min(...upcoming.map((date) => date.getTime()))).toISOString() : null,
    invitations: shown.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      language: row.language,
      stakeholder_group_id: row.stakeholder_group_id,
      stakeholder_group_name: row.stakeholder_group_name,
      status: statusOf(row, mode),
      sent_at: row.sent_at.toISOString(),
      reminded_at: row.reminded_at ? row.reminded_at.toISOString() : null,
      reminder_count: row.reminder_count,
    })),
    stakeholder_groups: options.groups.map((group) => ({ id: group.id, name: group.name, contacts: group.contacts.length })),
  };
}

function statusOf(row: InvitationRow, mode: SurveyMode): 'answered' | 'not_answered' | 'opted_out' {
  // Anonymous: an opted-out person is "opted out" whether they answered or not, so it tells nothing.
  if (mode === 'anonymous') return isOptedOut(row) ? 'opted_out' : 'not_answered';
  if (row.has_responded) return 'answered';
  return isOptedOut(row) ? 'opted_out' : 'not_answered';
}
