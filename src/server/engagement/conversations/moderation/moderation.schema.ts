import { z } from 'zod';
import { STATEMENT_MAX_LENGTH } from '../../../../core/engagement/conversations/conversation-format.js';
import { languageCode } from '../../../../core/engagement/survey-format.js';
import { storable } from '../../../../core/platform/storable-text.js';
import { versionSchema } from '../../../http/common.schema.js';

export const TranslationBody = z.object({
  language: languageCode.meta({ description: 'One of the conversation’s languages, other than the statement’s own' }),
  text: storable(z.string().trim().min(1).max(STATEMENT_MAX_LENGTH * 2))
    .nullable()
    .meta({ description: 'The team’s translation; null removes it' }),
  version: versionSchema.meta({ description: 'The statement’s version as read' }),
});
