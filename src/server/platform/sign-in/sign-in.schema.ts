import { z } from 'zod';
import { emailSchema, localeSchema, passwordSchema, roleSchema } from '../../http/common.schema.js';

export const SessionResponse = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: localeSchema, isOperator: z.boolean() }),
    organizations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(['district', 'network']),
        slug: z.string(),
        networkId: z.uuid().nullable(),
        isDemo: z.boolean().meta({ description: 'Loaded as the demo district: invented data, people with demo passwords.' }),
        role: roleSchema,
        source: z.enum(['member', 'network']),
        permissions: z.array(z.string()),
      }),
    ),
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

export const SignInBody = z.object({
  email: emailSchema,
  password: z.string().min(1, 'is required').max(200),
  challenge: z
    .object({ token: z.string().min(1, 'is required').max(300), solution: z.string().regex(/^\d{1,15}$/, 'must be a whole number').max(15) })
    .optional()
    .meta({ description: 'A solved sign-in challenge, needed after a 429 that carried one: see error.challenge.' }),
});
export const PasswordResetBody = z.object({ email: emailSchema });
export const CompletePasswordResetBody = z.object({ token: z.string().min(1, 'is required').max(500), password: passwordSchema });
