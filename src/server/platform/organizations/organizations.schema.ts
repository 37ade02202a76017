import { z } from 'zod';
import { nameSchema, roleSchema, versionSchema } from '../../http/common.schema.js';

export const Organization = z
  .object({
    id: z.uuid(),
    kind: z.enum(['district', 'network']),
    name: z.string(),
    slug: z.string(),
    networkId: z.uuid().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organization' });

export const School = z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() }).meta({ id: 'School' });

export const DistrictSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    networkId: z.uuid().nullable(),
    role: roleSchema,
    source: z.enum(['member', 'network']),
  })
  .meta({ id: 'DistrictSummary' });

export const NetworkDistrict = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), createdAt: z.string() });

export const RenameOrganizationBody = z.object({ name: nameSchema, version: versionSchema });
export const CreateDistrictBody = z.object({ name: nameSchema });
export const CreateSchoolBody = z.object({
  name: nameSchema,
  code: z.string().trim().max(40, 'must be at most 40 characters').nullish().transform((c) => c || null),
});
export const SchoolParams = z.object({ organizationId: z.uuid(), schoolId: z.uuid() });
