import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { cohortTemplate } from '../cohorts/cohort-templates.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { learningRepo } from './learning.repo.js';

export const RESOURCE_FILE_MAX_BYTES = 20 * 1024 * 1024;

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string; cohortId: string };

export interface ResourceValues {
  title: string;
  description?: string;
  phaseKey?: string | null;
  eventId?: string | null;
}

/**
 * The network adds to the cohort's library: a link or a file, for one phase of the cohort's
 * template (or every phase), or as the material of one of its sessions. Where the values came from
 * names the fields in errors: the JSON body ("/phaseKey") or an upload's query ("query/phaseKey").
 */
export function addResource(options: Scope & { values: ResourceValues; fieldPrefix?: '/' | 'query/'; content: { url: string } | { file: { fileName: string; contentType: string; content: Buffer } } }) {
  const { db, actor, networkId, cohortId, values, content } = options;
  const prefix = options.fieldPrefix ?? '/';
  if ('file' in content && content.file.content.length === 0) throw new AppError('invalid_input', 'The file is empty', [{ path: '/file', message: 'is empty', code: 'file_required' }]);
  return inTransaction(db, async (trx) => {
    const cohort = await cohortsRepo.lock(trx, networkId, cohortId);
    if (!cohort) throw notFound('Cohort');
    const phaseKey = values.phaseKey ?? null;
    const template = cohortTemplate(cohort.template_id);
    // A template no longer offered has no phases to check against; its phase keys are kept as given.
    if (phaseKey !== null && template && !template.phases.some((phase) => phase.id === phaseKey)) {
      throw invalidInput(`${prefix}phaseKey`, `is not a phase of the cohort's template (${template.name})`, { code: 'not_in_template' });
    }
    const eventId = values.eventId ?? null;
    if (eventId !== null) {
      const event = await cohortsRepo.findEvent(trx, cohortId, eventId);
      if (!event || event.kind !== 'session') throw invalidInput(`${prefix}eventId`, 'is not a session of this cohort', { code: 'does_not_exist' });
    }
    const { id } = await learningRepo.insertResource(trx, { networkId, cohortId, eventId, phaseKey, title: values.title, description: values.description ?? '', createdBy: actor.userId, ...content });
    const row = (await learningRepo.findResource(trx, cohortId, id))!;
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'cohort.resource_added',
      entityType: 'network_resource',
      entityId: id,
      after: { cohortId, kind: row.kind, title: row.title, url: row.url, fileName: row.file_name, phaseKey, eventId },
    });
    return row;
  });
}

export function removeResource(options: Scope & { resourceId: string }) {
  const { db, actor, networkId, cohortId, resourceId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const removed = await learningRepo.deleteResource(trx, cohortId, resourceId);
    if (!removed) throw notFound('Resource');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'cohort.resource_removed', entityType: 'network_resource', entityId: resourceId, before: { cohortId, kind: removed.kind, title: removed.title, phaseKey: removed.phase_key, eventId: removed.event_id } });
  });
}
