import { z } from 'zod';
import { fieldIssueCodes } from '../../core/platform/field-issues.js';
import { storable } from '../../core/platform/storable-text.js';

export const ErrorResponse = z
  .object({
    error: z.looseObject({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.enum(fieldIssueCodes).optional().meta({ description: 'What is wrong with the field, stable across languages; the message says it in English.' }),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      ),
    }),
  })
  .meta({ id: 'Error' });

export const roleSchema = z.enum(['administrator', 'planner', 'contributor', 'viewer', 'moderator', 'network_admin', 'coach']);
export const localeSchema = z.enum(['en', 'es']);
export const emailSchema = z.email({ message: 'must be an email address' }).max(254).transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
export const nameSchema = storable(z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'));
// Versions are int4 columns: a larger number reached PostgreSQL and answered 500 (22003, found by the fuzz suite).
export const versionSchema = z.number().int().positive().max(2_147_483_647);
export const isoDate = z.date().transform((d) => d.toISOString()).or(z.string());

export const OrganizationParams = z.object({ organizationId: z.uuid() });

/** The error responses every authenticated route can give, for the OpenAPI document. */
export const standardErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};

// Plain words for the commonest problem: a field that was not sent at all.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
    if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'is required';
    return undefined;
  },
});
