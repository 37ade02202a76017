import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { languageCode } from '../../../core/engagement/survey-format.js';
import { emailSchema } from '../../http/common.schema.js';

/** Survey invitations speak the survey API's snake_case. */
const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });

export const PastedContact = z.object({
  name: storable(z.string().trim().max(200, 'must be at most 200 characters')).default(''),
  email: emailSchema,
});

export const InviteBody = z.object({
  stakeholder_group_ids: z.array(z.uuid()).max(100).default([]).meta({ description: 'Stakeholder groups of the survey’s planning cycle: each of their contacts is invited' }),
  contacts: z.array(PastedContact).max(5000).default([]).meta({ description: 'Contacts pasted by the team; with the groups’ contacts, each address is invited once' }),
  language: languageCode.optional().meta({ description: 'One of the survey’s languages for the mail and the link; its first language when left out' }),
});

export const InvitationsSent = z
  .object({
    invited: z.number().int().meta({ description: 'Mails sent, one per new address' }),
    skipped_opted_out: z.number().int().meta({ description: 'Addresses on the district’s opt-out list: not mailed' }),
    skipped_already_invited: z.number().int().meta({ description: 'Addresses already invited to this survey: not mailed again (send a reminder instead)' }),
  })
  .meta({ id: 'InvitationsSent' });

export const RemindersSent = z.object({ reminded: z.number().int() }).meta({ id: 'RemindersSent' });

export const invitationStatuses = ['answered', 'not_answered', 'opted_out'] as const;

export const SurveyInvitation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    language: z.string(),
    stakeholder_group_id: z.uuid().nullable(),
    stakeholder_group_name: z.string().nullable(),
    status: z.enum(invitationStatuses),
    sent_at: timestamp,
    reminded_at: timestamp.nullable(),
    reminder_count: z.number().int(),
  })
  .meta({ id: 'SurveyInvitation' });

export const SurveyInvitations = z
  .object({
    survey_id: z.uuid(),
    mode: z.enum(['anonymous', 'confidential', 'identified']),
    counts: z.object({
      invited: z.number().int(),
      answered: z.number().int(),
      not_answered: z.number().int().meta({ description: 'Neither answered nor opted out' }),
      opted_out: z.number().int(),
      reminded: z.number().int().meta({ description: 'Invitees sent at least one reminder' }),
      due_for_reminder: z.number().int().meta({ description: 'Who a reminder sent now would reach (not mailed for a day)' }),
    }),
    next_reminder_at: timestamp.nullable().meta({ description: 'When the next not-yet-due invitee may be reminded' }),
    invitations: z.array(SurveyInvitation).meta({
      description: 'For an anonymous survey only those who have not answered (and those opted out): nothing ties a person to a response. Otherwise everyone, with their status.',
    }),
    stakeholder_groups: z.array(z.object({ id: z.uuid(), name: z.string(), contacts: z.number().int() })).meta({ description: 'The groups of the survey’s planning cycle, with how many contacts each has' }),
  })
  .meta({ id: 'SurveyInvitations' });

export const GroupLinks = z
  .object({
    survey_id: z.uuid(),
    cycle_id: z.uuid().nullable(),
    groups: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        ref: z.string().meta({ description: 'The group’s "g" in the link: six characters, the same for this survey and group every time, naming no internal id' }),
        url: z.string().nullable().meta({ description: '<PUBLIC_URL>/s/<code>?g=<ref>; null until the survey is first opened' }),
      }),
    ),
  })
  .meta({ id: 'SurveyGroupLinks' });

export const MailPreviewQuery = z.object({ language: languageCode.optional() });
export const MailPreview = z.object({ language: z.string(), subject: z.string(), text: z.string() }).meta({ id: 'InvitationMailPreview' });

const invitationToken = z.string().min(1, 'is required').max(200).meta({ description: 'The token from the personal link (its "i": /s/<code>?i=<token>, or after "#i=" in links mailed before)' });

export const InvitedSubmissionBody = z.object({
  invitation_token: invitationToken,
  submission_id: z.uuid().meta({ description: 'Chosen by the respondent’s device; a retry with the same id is the same response' }),
  locale: languageCode,
  answers: z.record(z.string(), z.unknown()).meta({ description: 'As for POST /api/public/surveys/{code}/responses' }),
});
export const InvitedSubmissionAccepted = z.object({ id: z.uuid() }).meta({ id: 'InvitedSubmissionAccepted' });

export const OptOutBody = z.object({ invitation_token: invitationToken });
export const OptedOut = z.object({ organization_name: z.string(), email: z.string() }).meta({ id: 'InvitationOptOut' });
