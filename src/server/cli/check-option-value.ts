import { z } from 'zod';
import { CliUsageError } from './parse-command-options.js';

/** Checks one option's value with a zod schema; the error names the option. */
export function checkOptionValue<T>(schema: z.ZodType<T>, value: string, option: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CliUsageError(`${option} ${result.error.issues[0]?.message ?? 'is not valid'}, got "${value}"`);
}

export const organizationIdSchema = z.guid({ error: 'must be an organization id, a uuid such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b' });
