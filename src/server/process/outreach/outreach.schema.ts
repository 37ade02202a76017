import { z } from 'zod';
import { mergeFields } from '../../../core/process/merge-fields.js';
import { versionSchema } from '../../http/common.schema.js';

export const outreachKinds = ['email_invitation', 'talking_points', 'script', 'commitment', 'agenda_template'] as const;
const kind = z.enum(outreachKinds);
const title = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const subject = z.string().trim().max(300, 'must be at most 300 characters');
const body = z.string().max(20_000, 'must be at most 20000 characters');
const link = z.httpUrl({ error: 'must be an http or https address' }).max(2000);

export const ItemFields = z.object({
  kind,
  title,
  subject: subject.nullish().transform((v) => v || null),
  body: body.default(''),
});
export const UpdateItemBody = z.object({ version: versionSchema, title: title.optional(), subject: subject.nullable().optional(), body: body.optional() });

export const OutreachItem = z
  .object({ id: z.uuid(), kind, title: z.string(), subject: z.string().nullable(), body: z.string(), position: z.number().int(), version: z.number().int() })
  .meta({ id: 'OutreachItem' });
export const OutreachKit = z.object({
  items: z.array(OutreachItem),
  mergeFields: z.array(z.enum(mergeFields)).meta({ description: 'The names that may be written as {{name}} in a subject or body.' }),
});

export const PreviewBody = z.object({
  sessionId: z.uuid().nullish(),
  link: link.nullish(),
  recipientName: z.string().trim().max(200).nullish(),
  // Unsaved text from the editor, so the preview follows typing; the saved item otherwise.
  subject: subject.nullish(),
  body: body.nullish(),
});
export const Preview = z.object({
  subject: z.string().nullable(),
  body: z.string(),
  missing: z.array(z.enum(mergeFields)).meta({ description: 'Fields used but without a value yet; they stay as {{name}}.' }),
});

export const SendBody = z.object({ stakeholderGroupId: z.uuid(), sessionId: z.uuid().nullish(), link: link.nullish() });
export const OutreachSend = z
  .object({
    id: z.uuid(),
    itemId: z.uuid().nullable(),
    itemTitle: z.string(),
    stakeholderGroupId: z.uuid().nullable(),
    groupName: z.string(),
    sessionId: z.uuid().nullable(),
    link: z.string().nullable(),
    subject: z.string(),
    sentBy: z.string(),
    sentAt: z.string(),
    recipientCount: z.number().int(),
    recipients: z.array(z.object({ name: z.string(), email: z.string() })),
  })
  .meta({ id: 'OutreachSend' });

export const CycleParams = z.object({ cycleId: z.uuid() });
export const ItemParams = z.object({ cycleId: z.uuid(), outreachItemId: z.uuid() });
