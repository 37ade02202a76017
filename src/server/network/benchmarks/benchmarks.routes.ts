import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { NetworkParams } from '../cohorts/cohorts.schema.js';
import { DistrictParams } from '../enrolment/enrolment.schema.js';
import { Benchmark, BenchmarkBody, BenchmarkParams, BenchmarkResults, DistrictBenchmark, DistrictBenchmarkParams, DistrictProfile, DistrictProfileBody, ShareBody, UpdateBenchmarkBody } from './benchmarks.schema.js';
import { addBenchmark, removeBenchmark, updateBenchmark } from './manage-benchmarks.js';
import { listBenchmarks, readBenchmarkResults } from './read-benchmark-results.js';
import { readDistrictBenchmarks } from './read-district-benchmarks.js';
import { readDistrictProfile } from './read-district-profile.js';
import { saveDistrictProfile } from './save-district-profile.js';
import { shareBenchmark, stopSharingBenchmark } from './share-benchmark.js';

const BenchmarkWithCount = Benchmark.extend({ sharingCount: z.number().int() });
const rule = 'A comparison is drawn only when at least 5 sharing districts the reader cannot name (not itself, not those named with consent) stand behind it; otherwise isShown is false and no figure is given.';

/** Benchmarks: the network defines measures; its districts opt in to share theirs and compare, under the small-group rules. */
export async function registerBenchmarkRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['benchmarks'];
  const networkScope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };
  /** The district's network is its organizations.network_id; none, and it has no benchmarks. */
  const districtScope = async (request: FastifyRequest) => {
    const access = accessOf(request);
    const district = await findOrganization(ctx.db, access.organizationId);
    return { db: ctx.db, actor: actorFrom(access.principal), districtId: access.organizationId, networkId: district?.network_id ?? null };
  };
  const withCount = async (networkId: string, benchmarkId: string) => (await listBenchmarks(ctx.db, networkId)).find((b) => b.id === benchmarkId)!;

  app.get('/api/networks/:networkId/benchmarks', {
    schema: { tags, summary: "The network's benchmarks, each with how many districts share it", params: NetworkParams, response: { 200: z.object({ benchmarks: z.array(BenchmarkWithCount) }), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ benchmarks: await listBenchmarks(ctx.db, accessOf(request).organizationId) }),
  });

  app.get('/api/networks/:networkId/benchmarks/:benchmarkId/results', {
    schema: { tags, summary: 'How the sharing districts compare: the distribution and the districts named with consent', description: rule, params: BenchmarkParams, response: { 200: BenchmarkResults, ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => readBenchmarkResults(ctx.db, accessOf(request).organizationId, request.params.benchmarkId),
  });

  app.post('/api/networks/:networkId/benchmarks', {
    schema: { tags, summary: 'Define a benchmark districts may share a measure as', params: NetworkParams, body: BenchmarkBody, response: { 201: BenchmarkWithCount, ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      const scope = networkScope(request);
      const id = await addBenchmark({ ...scope, values: request.body });
      return reply.status(201).send(await withCount(scope.networkId, id));
    },
  });

  app.put('/api/networks/:networkId/benchmarks/:benchmarkId', {
    schema: { tags, summary: "Change a benchmark's name, description, unit or direction", params: BenchmarkParams, body: UpdateBenchmarkBody, response: { 200: BenchmarkWithCount, ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request) => {
      const scope = networkScope(request);
      await updateBenchmark({ ...scope, benchmarkId: request.params.benchmarkId, values: request.body });
      return withCount(scope.networkId, request.params.benchmarkId);
    },
  });

  app.delete('/api/networks/:networkId/benchmarks/:benchmarkId', {
    schema: { tags, summary: 'Remove a benchmark and every share of it', params: BenchmarkParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      await removeBenchmark({ ...networkScope(request), benchmarkId: request.params.benchmarkId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/benchmarks', {
    schema: { tags, summary: "The network's benchmarks: what the district shares and its value beside the others and similar districts", description: rule, params: DistrictParams, response: { 200: z.object({ benchmarks: z.array(DistrictBenchmark) }), ...standardErrors } },
    config: { access: organizationAccess('organization.read', 'districtId') },
    handler: async (request) => {
      const { db, districtId, networkId } = await districtScope(request);
      return { benchmarks: await readDistrictBenchmarks(db, { districtId, networkId }) };
    },
  });

  app.put('/api/districts/:districtId/benchmarks/:benchmarkId/share', {
    schema: {
      tags,
      summary: 'Share one of the plan’s measures as this benchmark (opt in)',
      description: '404 for a benchmark of another network or a plan of another district; 400 /measureKey when it is not a measure of the plan. A value the district’s privacy rule withholds is never shared.',
      params: DistrictBenchmarkParams,
      body: ShareBody,
      response: { 200: DistrictBenchmark, ...standardErrors },
    },
    config: { access: organizationAccess('plans.edit', 'districtId') },
    handler: async (request) => {
      const scope = await districtScope(request);
      await shareBenchmark({ ...scope, benchmarkId: request.params.benchmarkId, ...request.body });
      return (await readDistrictBenchmarks(ctx.db, scope)).find((b) => b.benchmark.id === request.params.benchmarkId)!;
    },
  });

  app.delete('/api/districts/:districtId/benchmarks/:benchmarkId/share', {
    schema: { tags, summary: 'Stop sharing this benchmark', params: DistrictBenchmarkParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('plans.edit', 'districtId') },
    handler: async (request, reply) => {
      await stopSharingBenchmark({ ...(await districtScope(request)), benchmarkId: request.params.benchmarkId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/profile', {
    schema: { tags, summary: "The district's size, poverty and locale, by which similar districts are found", params: DistrictParams, response: { 200: DistrictProfile, ...standardErrors } },
    config: { access: organizationAccess('organization.read', 'districtId') },
    handler: async (request) => readDistrictProfile(ctx.db, accessOf(request).organizationId),
  });

  app.put('/api/districts/:districtId/profile', {
    schema: { tags, summary: "Describe the district (size, poverty, locale) so it is compared with districts like it", params: DistrictParams, body: DistrictProfileBody, response: { 200: DistrictProfile, ...standardErrors } },
    config: { access: organizationAccess('organization.manage', 'districtId') },
    handler: async (request) => {
      const { db, actor, districtId } = await districtScope(request);
      await saveDistrictProfile({ db, actor, districtId, profile: request.body });
      return readDistrictProfile(db, districtId);
    },
  });
}
