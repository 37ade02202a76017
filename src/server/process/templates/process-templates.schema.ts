import { z } from 'zod';
import { processTemplateSchema } from '../../../core/process/process-template.schema.js';

/** A template as the API serves it: the file's content as checked at start-up, plus its total length. */
export const ProcessTemplate = processTemplateSchema
  .extend({ totalDays: z.number().int().min(0).meta({ description: 'The suggested length of all phases together, in days.' }) })
  .meta({ id: 'ProcessTemplate', description: 'A planning framework as a process-template/v1 template.' });

export const ProcessTemplateList = z.object({ templates: z.array(ProcessTemplate) });

// Any string, so an unknown id is a plain 404 rather than a validation error.
export const TemplateParams = z.object({ templateId: z.string().max(100) });
