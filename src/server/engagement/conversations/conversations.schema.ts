import { z } from 'zod';
import {
  conversationLanguages,
  conversationModes,
  demographicQuestions,
  moderationModes,
  promptText,
  STATEMENT_MAX_LENGTH,
  statementStatuses,
  statementText,
  statementTranslations,
} from '../../../core/engagement/conversations/conversation-format.js';
import { moderationReasonKeys } from '../../../core/engagement/moderation/moderation-policy.js';
import { languageCode, localizedText } from '../../../core/engagement/survey-format.js';
import { versionSchema } from '../../http/common.schema.js';
import { MissingTranslation } from '../surveys/surveys.schema.js';

/** The conversation resource speaks snake_case like surveys: one spelling from the API to the exports. */
const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });
const instant = z.iso.datetime({ offset: true, message: 'must be a date and time like 2026-05-01T08:00:00Z' });

export const DistrictParams = z.object({ districtId: z.uuid() });
export const ConversationParams = z.object({ conversationId: z.uuid() });
export const StatementParams = ConversationParams.extend({ statementId: z.uuid() });
export const CodeParams = z.object({ code: z.string().max(40) });

export const Prompt = promptText.meta({ id: 'ConversationPrompt', description: 'The question participants answer, by language: {"en": "...", "es": "..."}' });
export const DemographicQuestions = demographicQuestions.meta({
  id: 'ConversationDemographics',
  description: 'survey/v1 questions of type single or multi, each marked `demographic`, asked when a participant joins (docs/survey-format.md)',
});

const settings = {
  prompt: Prompt,
  languages: conversationLanguages.meta({ description: 'Every language the conversation is offered in; the first is the default' }),
  moderation: z.enum(moderationModes).meta({ description: 'pre: statements wait for a moderator before anyone sees them; post: shown at once, hidden later if need be' }),
  demographics: DemographicQuestions,
  opens_at: instant.nullable(),
  closes_at: instant.nullable(),
  cycle_id: z.uuid().nullable(),
  engagement_entry_id: z.uuid().nullable().meta({ description: 'The engagement-plan entry (a phase and a stakeholder group) it serves; sets the cycle' }),
  verify_email: z.boolean().meta({
    description: 'Each participant confirms an email address with a code mailed to it, so one person takes part once; only a keyed hash of the address is kept, never shown. Needs the server to send mail (SMTP_URL); fixed once the conversation has opened.',
  }),
};

export const NewConversationBody = z.object({
  mode: z.enum(conversationModes).meta({ description: 'rate: 1 to 5 stars (ThoughtExchange’s way); vote: agree, disagree or pass (Polis’s way)' }),
  prompt: settings.prompt,
  languages: settings.languages,
  moderation: settings.moderation.optional(),
  demographics: settings.demographics.optional(),
  opens_at: settings.opens_at.optional(),
  closes_at: settings.closes_at.optional(),
  cycle_id: settings.cycle_id.optional(),
  engagement_entry_id: settings.engagement_entry_id.optional(),
  verify_email: settings.verify_email.optional(),
});
export type NewConversation = z.infer<typeof NewConversationBody>;

export const UpdateConversationBody = z.object({
  version: versionSchema,
  mode: z.enum(conversationModes).optional().meta({ description: 'Only while a draft nobody has voted in' }),
  prompt: settings.prompt.optional(),
  languages: settings.languages.optional(),
  moderation: settings.moderation.optional(),
  demographics: settings.demographics.optional(),
  opens_at: settings.opens_at.optional(),
  closes_at: settings.closes_at.optional(),
  cycle_id: settings.cycle_id.optional(),
  engagement_entry_id: settings.engagement_entry_id.optional(),
  verify_email: settings.verify_email.optional(),
});
export type ConversationChanges = Omit<z.infer<typeof UpdateConversationBody>, 'version'>;

const Counts = z.object({
  statements: z.number().int().meta({ description: 'Accepted statements, seeds included' }),
  pending: z.number().int(),
  hidden: z.number().int(),
  participants: z.number().int(),
  votes: z.number().int().meta({ description: 'Votes (vote mode) or ratings (rate mode)' }),
});

export const ConversationSummary = z
  .object({
    id: z.uuid(),
    mode: z.enum(conversationModes),
    prompt: Prompt,
    languages: z.array(z.string()),
    moderation: z.enum(moderationModes),
    status: z.enum(['draft', 'open', 'closed']).meta({ description: 'open until closed by hand or its closes_at passes' }),
    public_code: z.string().nullable(),
    public_url: z.string().nullable(),
    opens_at: timestamp.nullable(),
    closes_at: timestamp.nullable(),
    cycle_id: z.uuid().nullable(),
    engagement_entry_id: z.uuid().nullable(),
    verify_email: z.boolean(),
    counts: Counts,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: 'ConversationSummary' });

export const Conversation = ConversationSummary.extend({
  demographics: DemographicQuestions,
  opened_at: timestamp.nullable(),
  closed_at: timestamp.nullable(),
  missing_translations: z.array(MissingTranslation),
  version: z.number().int(),
}).meta({ id: 'Conversation' });

export const ConversationList = z.object({ conversations: z.array(ConversationSummary) });
export const OpenedConversation = z.object({ id: z.uuid(), status: z.literal('open'), public_code: z.string(), public_url: z.string() }).meta({ id: 'OpenedConversation' });

export const StatementReply = z
  .object({
    reply: z.record(z.string(), z.string()).nullable().meta({ description: 'A leader’s reply, by language, shown beside the statement' }),
    what_we_did: z.record(z.string(), z.string()).nullable().meta({ description: 'What the district did about it, by language (closing the loop)' }),
    version: z.number().int(),
  })
  .meta({ id: 'StatementReply' });

export const TeamStatement = z
  .object({
    id: z.uuid(),
    external_id: z.string().nullable().meta({ description: 'The Polis comment id of an imported statement' }),
    text: z.string(),
    language: z.string(),
    translations: z.record(z.string(), z.string()),
    is_seed: z.boolean().meta({ description: 'Written by the district’s team, and labelled so' }),
    status: z.enum(statementStatuses),
    moderation_reason: z.enum(moderationReasonKeys).nullable(),
    created_at: timestamp,
    votes: z.number().int().meta({ description: 'Votes or ratings received' }),
    agree: z.number().int(),
    disagree: z.number().int(),
    pass: z.number().int(),
    mean_rating: z.number().nullable().meta({ description: 'Rate mode: the mean of its ratings; null in vote mode or before any' }),
    reply: StatementReply.nullable(),
    version: z.number().int().meta({ description: 'The statement’s version: moderation and translations change it; send it back to change its translations' }),
  })
  .meta({ id: 'ConversationStatement' });
export const TeamStatementList = z.object({ statements: z.array(TeamStatement) });
export const StatementsQuery = z.object({ status: z.enum(statementStatuses).optional() });

export const SeedStatementBody = z.object({
  text: statementText,
  language: languageCode,
  translations: statementTranslations.optional(),
});

export const ModerationBody = z.object({
  decision: z.enum(['accept', 'hide']),
  reason: z.enum(moderationReasonKeys).optional().meta({ description: 'Required to hide: a reason of the published policy (GET /api/public/conversations/{code} lists them)' }),
});

export const ReplyBody = z.object({
  version: z.number().int().min(0).max(2_147_483_647).meta({ description: 'The reply’s version as read; 0 when it has none yet' }),
  reply: localizedText(2000).nullable().optional(),
  what_we_did: localizedText(2000).nullable().optional(),
});

export const ImportSummary = z
  .object({
    statements: z.number().int(),
    hidden: z.number().int().meta({ description: 'Comments Polis had moderated out, imported as hidden' }),
    participants: z.number().int(),
    votes: z.number().int().meta({ description: 'Each participant’s latest vote per comment' }),
  })
  .meta({ id: 'ConversationImportSummary' });

// ---- The participants' side, without sign-in ----

const ModerationPolicyText = z.object({ en: z.string(), es: z.string() });
export const PublicConversation = z
  .object({
    code: z.string(),
    organization_name: z.string(),
    mode: z.enum(conversationModes),
    prompt: Prompt,
    languages: z.array(z.string()),
    moderation: z.enum(moderationModes),
    closes_at: timestamp.nullable(),
    statement_max_length: z.number().int(),
    verify_email: z.boolean().meta({ description: 'Joining needs an email address confirmed by a code (POST .../email-codes sends it)' }),
    form_token: z.string(),
    moderation_policy: z.object({ intro: ModerationPolicyText, reasons: z.array(z.object({ key: z.enum(moderationReasonKeys), text: ModerationPolicyText })) }),
    demographics: DemographicQuestions,
  })
  .meta({ id: 'PublicConversation' });

const participantEmail = z.email({ message: 'must be an email address like name@example.org' }).max(254);
export const EmailCodeBody = z.object({ email: participantEmail, form_token: z.string().max(200).meta({ description: 'The form_token of GET /api/public/conversations/{code}' }) });
export const EmailCodeSent = z
  .object({ ticket: z.string().meta({ description: 'Send it back with the code when joining (email_ticket)' }), expires_at: timestamp })
  .meta({ id: 'ConversationEmailCodeSent' });

const participantRef = z.string().min(1).max(200).meta({ description: 'The participant ref POST .../participants returned' });
const formToken = z.string().max(200).meta({ description: 'The form_token of GET /api/public/conversations/{code}; refused when younger than a few seconds' });

export const JoinBody = z.object({
  device_id: z
    .string()
    .min(16)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be 16-128 letters, digits, "_" or "-"')
    .meta({ description: 'A random id the participant’s device keeps; the same id joins as the same participant. Stored only as a keyed hash.' }),
  form_token: formToken,
  demographics: z.record(z.string(), z.unknown()).optional().meta({ description: 'Answers to the demographic questions by key (an option key; an array of keys for multi)' }),
  email: participantEmail.optional().meta({ description: 'When the conversation asks for a verified email: the address the code was mailed to' }),
  email_code: z.string().max(20).optional().meta({ description: 'The six-digit code mailed to the address' }),
  email_ticket: z.string().max(200).optional().meta({ description: 'The ticket POST .../email-codes answered with' }),
});
export const Joined = z.object({ participant: z.string() }).meta({ id: 'ConversationParticipant' });

export const PostStatementBody = z.object({
  participant: participantRef,
  text: statementText.meta({ description: `The idea, up to ${STATEMENT_MAX_LENGTH} characters` }),
  language: languageCode,
  form_token: formToken,
  confirm: z.boolean().optional().meta({ description: 'Post even though similar statements were pointed out' }),
  website: z.string().max(2000).optional().meta({ description: 'Leave empty: a hidden field only robots fill in' }),
});

const PublicStatementReply = z.object({ reply: z.record(z.string(), z.string()).nullable(), what_we_did: z.record(z.string(), z.string()).nullable() });
export const PublicStatement = z
  .object({
    id: z.uuid(),
    text: z.string(),
    language: z.string(),
    translations: z.record(z.string(), z.string()),
    is_seed: z.boolean(),
    reply: PublicStatementReply.nullable(),
  })
  .meta({ id: 'PublicConversationStatement' });

export const PostedStatement = z
  .object({
    posted: z.boolean().meta({ description: 'false: nothing was stored, as similar statements were found; show them, then send again with confirm: true to post anyway' }),
    statement: z.object({ id: z.uuid(), status: z.enum(statementStatuses) }).nullable(),
    similar: z.array(PublicStatement.extend({ similarity: z.number() })),
  })
  .meta({ id: 'PostedConversationStatement' });

export const VoteBody = z.object({
  participant: participantRef,
  statement: z.uuid(),
  value: z.number().int().meta({ description: 'vote mode: 1 agree, -1 disagree, 0 pass; rate mode: 1 to 5' }),
});
export const VoteAccepted = z.object({ statement: z.uuid(), value: z.number().int() }).meta({ id: 'ConversationVoteAccepted' });

export const NextQuery = z.object({
  participant: participantRef,
  limit: z.coerce.number().int().min(1).max(20).optional().meta({ description: 'How many statements (5 when absent)' }),
});
export const NextStatements = z
  .object({
    statements: z.array(PublicStatement),
    remaining: z.number().int().meta({ description: 'Statements this participant has yet to respond to, these included' }),
  })
  .meta({ id: 'NextConversationStatements' });

// ---- Results ----

const StatementRef = {
  statement_id: z.uuid(),
  external_id: z.string().nullable().meta({ description: 'The Polis comment id of an imported statement' }),
  text: z.string(),
};
export const OpinionGroupsResult = z
  .object({
    groups: z.array(
      z.object({
        id: z.number().int(),
        participants: z.array(z.string()).meta({ description: 'Participant ids as imported (Polis voter ids), else Waymark’s' }),
        representative: z.array(
          z.object({
            ...StatementRef,
            direction: z.enum(['agree', 'disagree']),
            count: z.number().int(),
            seen: z.number().int(),
            probability: z.number(),
            representativeness: z.number(),
            score: z.number(),
            is_significant: z.boolean(),
          }),
        ),
      }),
    ),
    consensus: z.array(z.object({ ...StatementRef, direction: z.enum(['agree', 'disagree']), count: z.number().int(), seen: z.number().int(), probability: z.number() })),
    bridging: z
      .array(z.object({ ...StatementRef, score: z.number() }))
      .meta({ description: 'Common ground, best first: statements every opinion group (two or more) is more likely to agree with than not, by the product of the groups’ smoothed agree shares' }),
    participants: z.number().int().meta({ description: 'Participants with at least one vote' }),
    clustered: z.number().int().meta({ description: 'Of those, how many voted enough to be placed in a group' }),
    places: z
      .array(z.object({ participant: z.string(), x: z.number(), y: z.number(), group: z.number().int().nullable() }))
      .meta({ description: 'Where each participant sits on the 2-D opinion map (ids as in groups), and their group (null: too few votes to be placed)' }),
  })
  .meta({ id: 'OpinionGroups' });
