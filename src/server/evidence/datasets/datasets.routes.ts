import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { cancelDatasetImport } from './cancel-dataset-import.js';
import { datasetAccess } from './dataset-access.js';
import { startDatasetImportJobs } from './dataset-import-job.js';
import { Dataset, DatasetList, DatasetParams, DistrictParams, ImportBody, PreviewBody, PreviewResponse } from './datasets.schema.js';
import { deleteDataset } from './delete-dataset.js';
import { previewDataset } from './preview-dataset.js';
import { readDatasetSource } from './read-dataset-source.js';
import { listDatasets, readDataset } from './read-dataset.js';
import { startDatasetImport } from './start-dataset-import.js';

/** The district's datasets: read by every role, loaded and mapped by planners and administrators. Uploads are dataset-upload.routes.ts. */
export async function registerDatasetRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['datasets'];
  await startDatasetImportJobs(ctx, { error: (message) => fastify.log.error(message) });

  app.get('/api/districts/:districtId/datasets', {
    schema: { tags, summary: "The district's datasets, newest first, with each import's progress", params: DistrictParams, response: { 200: DatasetList, ...standardErrors } },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => listDatasets({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });

  app.get('/api/datasets/:datasetId', {
    schema: {
      tags,
      summary: 'A dataset: its import\'s progress, rows, suppressed and missing values, problems (line and column), and the proposed mapping while it needs one',
      params: DatasetParams,
      response: { 200: Dataset, ...standardErrors },
    },
    config: { access: datasetAccess('evidence.read') },
    handler: async (request) => readDataset({ db: ctx.db, organizationId: accessOf(request).organizationId, datasetId: request.params.datasetId }),
  });

  app.post('/api/datasets/:datasetId/preview', {
    schema: {
      tags,
      summary: 'The first tidy rows a mapping makes of the dataset\'s file, and the problems in them',
      description: 'Nothing is stored. A mapping naming a column the file lacks is 400 naming the field (/mapping/valueColumn).',
      params: DatasetParams,
      body: PreviewBody,
      response: { 200: PreviewResponse, ...standardErrors },
    },
    config: { access: datasetAccess('evidence.edit') },
    handler: async (request) => previewDataset({ db: ctx.db, organizationId: accessOf(request).organizationId, datasetId: request.params.datasetId, mapping: request.body.mapping }),
  });

  app.post('/api/datasets/:datasetId/import', {
    schema: {
      tags,
      summary: "Import the dataset's file with a mapping (optionally saved as a layout for next year's file)",
      description: 'Answers 202 with the dataset while the import runs as a job; GET the dataset for its progress. 409 conflict when the version is stale.',
      params: DatasetParams,
      body: ImportBody,
      response: { 202: Dataset, ...standardErrors },
    },
    config: { access: datasetAccess('evidence.edit') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const { mapping, save_layout_as: saveLayoutAs, version } = request.body;
      const dataset = await startDatasetImport({ ctx, actor: actorFrom(access.principal), organizationId: access.organizationId, datasetId: request.params.datasetId, mapping, saveLayoutAs, version });
      return reply.status(202).send(dataset);
    },
  });

  app.post('/api/datasets/:datasetId/cancel', {
    schema: {
      tags,
      summary: "Cancel the dataset's running import: its rows are deleted, the previous file stays current",
      description: '409 when no import is running.',
      params: DatasetParams,
      response: { 200: Dataset, ...standardErrors },
    },
    config: { access: datasetAccess('evidence.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      return cancelDatasetImport({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, datasetId: request.params.datasetId });
    },
  });

  app.delete('/api/datasets/:datasetId', {
    schema: { tags, summary: 'Delete a dataset with its files and rows', params: DatasetParams, response: { 204: z.null().describe('Deleted'), ...standardErrors } },
    config: { access: datasetAccess('evidence.edit') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await deleteDataset({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, datasetId: request.params.datasetId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/datasets/:datasetId/source', {
    schema: { tags, summary: "The dataset's file as it was loaded", params: DatasetParams, response: { 200: z.any().describe('The CSV or XLSX file'), ...standardErrors } },
    config: { access: datasetAccess('evidence.read') },
    handler: async (request, reply) => {
      const source = await readDatasetSource({ db: ctx.db, organizationId: accessOf(request).organizationId, datasetId: request.params.datasetId });
      const extension = source.contentType === 'text/csv' ? 'csv' : 'xlsx';
      const title = source.fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
      return reply.type(source.contentType === 'text/csv' ? 'text/csv; charset=utf-8' : source.contentType).header('content-disposition', attachmentHeader(title, extension, 'dataset')).send(source.content);
    },
  });
}
