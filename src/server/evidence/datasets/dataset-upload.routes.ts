import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError, detailOfIssue, invalidInput } from '../../errors.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { createDataset, type UploadedFile } from './create-dataset.js';
import { datasetAccess } from './dataset-access.js';
import { Dataset, DatasetParams, DistrictParams } from './datasets.schema.js';
import { replaceDatasetFile } from './replace-dataset-file.js';

/** A state's school-level file of several years is tens of megabytes; 200 MB leaves room for a whole state. */
export const DATASET_FILE_MAX_BYTES = 200 * 1024 * 1024;

const UploadFields = z.strictObject({
  name: storable(z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters')).optional(),
  layout: z.string().regex(/^(library|saved):.{1,100}$/, 'must be "library:<key>" or "saved:<id>"').optional(),
  sheet: storable(z.string().min(1).max(300, 'must be at most 300 characters')).optional(),
});

/** The file and the text fields of a multipart upload; 400 naming the field when one is missing or wrong. */
async function readMultipart(request: FastifyRequest, allowFields: boolean): Promise<{ file: UploadedFile; fields: z.infer<typeof UploadFields> }> {
  if (!request.isMultipart()) {
    throw new AppError('invalid_input', 'Send the file as multipart/form-data', [{ path: '/file', message: 'is required, sent as multipart/form-data', code: 'file_required' }]);
  }
  let file: UploadedFile | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      if (part.fieldname === 'file' && !file) file = { fileName: part.filename || 'data.csv', content };
    } else if (allowFields) {
      fields[part.fieldname] = String(part.value);
    } else {
      throw invalidInput(`/${part.fieldname}`, 'is not a field of this upload', { code: 'unknown_field' });
    }
  }
  if (!file) throw invalidInput('/file', 'is required: the CSV or Excel file', { code: 'file_required' });
  const parsed = UploadFields.safeParse(fields);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'Some fields are not valid', parsed.error.issues.map((issue) => detailOfIssue(`/${issue.path.join('/') || Object.keys(fields)[0] || ''}`, issue)));
  }
  return { file, fields: parsed.data };
}

/** Uploading a dataset's file: the routes that take multipart, so the parser is registered for them alone. */
export async function registerDatasetUploadRoutes(fastify: FastifyInstance, ctx: AppContext) {
  await fastify.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: DATASET_FILE_MAX_BYTES, files: 1, fields: 6, parts: 8, fieldSize: 4096 } });
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['datasets'];

    app.post('/api/districts/:districtId/datasets', {
      schema: {
        tags,
        summary: 'Load a data file (CSV or XLSX) as a new dataset',
        description:
          `multipart/form-data with the file in "file" (at most ${DATASET_FILE_MAX_BYTES / 1024 / 1024} MB, 413 above) and optional text fields "name", "layout" ("library:<key>" or "saved:<id>") and "sheet" (a workbook's sheet; the first by default). ` +
          'A layout named, or recognised by the file\'s headers (the district\'s saved layouts first, then the library), queues the import at once (status "importing"); otherwise the dataset needs a mapping and carries Waymark\'s proposal. ' +
          '400 names the field: /file (missing, not a CSV or workbook), /layout (unknown, or does not fit the file), /sheet.',
        params: DistrictParams,
        response: { 201: Dataset, ...standardErrors, 413: ErrorResponse },
      },
      config: { access: organizationAccess('evidence.edit', 'districtId') },
      handler: async (request, reply) => {
        const { file, fields } = await readMultipart(request, true);
        const access = accessOf(request);
        const dataset = await createDataset({ ctx, actor: actorFrom(access.principal), organizationId: access.organizationId, file, ...fields });
        return reply.status(201).send(dataset);
      },
    });

    app.post('/api/datasets/:datasetId/files', {
      schema: {
        tags,
        summary: "Replace a dataset's file with a corrected one",
        description:
          'multipart/form-data with the file in "file". Imported at once with the dataset\'s mapping when its headers still fit (the current rows stay until it is done); otherwise the dataset needs a mapping again.',
        params: DatasetParams,
        response: { 201: Dataset, ...standardErrors, 413: ErrorResponse },
      },
      config: { access: datasetAccess('evidence.edit') },
      handler: async (request, reply) => {
        const { file } = await readMultipart(request, false);
        const access = accessOf(request);
        const dataset = await replaceDatasetFile({ ctx, actor: actorFrom(access.principal), organizationId: access.organizationId, datasetId: request.params.datasetId, file });
        return reply.status(201).send(dataset);
      },
    });
  });
}
