import type { Kysely } from 'kysely';
import { libraryProtocol } from '../../../core/engagement/focus-groups/protocol-library.js';
import { plannedMinutes, type Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';
import type { Constituency } from '../../../core/process/constituencies.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { addCycleItem } from '../../process/cycles/add-cycle-item.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { focusGroupsRepo } from './focus-groups.repo.js';
import { protocolsRepo } from './protocols.repo.js';
import { readFocusGroup } from './read-focus-groups.js';

export interface NewFocusGroup {
  session_id?: string;
  new_session?: { phase_id: string; name: string; date: string; length_minutes?: number };
  library_key?: string;
  protocol_id?: string;
  constituency: Constituency;
  language: string;
  label?: string | null;
  participant_count?: number | null;
  facilitator?: string | null;
}

// The cycle's session audiences: families, students and neighbours are the community; others are stakeholders.
const communityConstituencies = new Set<Constituency>(['families', 'students', 'community', 'business']);

/**
 * Sets up a focus group: a session of the cycle (an existing focus-group session that has none yet,
 * or a new one added to a phase), the protocol it runs (copied, so later edits to the district's
 * protocol never move its questions) and who is in the room. One transaction: the new session,
 * the focus group and the audit row stand or fall together.
 */
export function createFocusGroup(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; values: NewFocusGroup }) {
  const { db, actor, organizationId, cycleId, values } = options;
  if (Boolean(values.session_id) === Boolean(values.new_session)) throw invalidInput('/session_id', 'give either session_id or new_session', { code: 'required' });
  if (Boolean(values.library_key) === Boolean(values.protocol_id)) throw invalidInput('/library_key', 'give either library_key or protocol_id', { code: 'required' });
  return inTransaction(db, async (trx) => {
    const contents = await readCycleContents({ db: trx, organizationId, cycleId });
    if (!contents) throw notFound('Cycle');
    const protocol = await protocolToRun(trx, organizationId, values);

    let sessionId: string;
    if (values.session_id) {
      await focusGroupsRepo.lockSession(trx, values.session_id);
      const session = contents.sessions.find((candidate) => candidate.id === values.session_id);
      if (!session) throw invalidInput('/session_id', 'is not a session of this cycle', { code: 'not_in_this_cycle' });
      if (session.format !== 'focus_group') throw invalidInput('/session_id', 'is not a focus-group session', { code: 'invalid_choice' });
      if (await focusGroupsRepo.findBySession(trx, session.id)) throw invalidInput('/session_id', 'already has a focus group', { code: 'already_used' });
      sessionId = session.id;
    } else {
      const wanted = values.new_session!;
      if (!contents.phases.some((phase) => phase.id === wanted.phase_id)) throw invalidInput('/new_session/phase_id', 'is not a phase of this cycle', { code: 'not_in_this_cycle' });
      const fields = {
        phaseId: wanted.phase_id,
        name: wanted.name,
        format: 'focus_group',
        date: wanted.date,
        audience: communityConstituencies.has(values.constituency) ? 'community' : 'stakeholders',
        lengthMinutes: wanted.length_minutes ?? plannedMinutes(protocol),
      };
      sessionId = (await addCycleItem({ db: trx, actor, organizationId, cycleId, kind: 'session', fields })).id;
    }

    const composition = { constituency: values.constituency, language: values.language, label: values.label ?? null, participant_count: values.participant_count ?? null, facilitator: values.facilitator ?? null };
    const { id } = await focusGroupsRepo.insert(trx, {
      organizationId,
      cycleId,
      sessionId,
      protocolId: values.protocol_id ?? null,
      libraryKey: values.library_key ?? null,
      protocol,
      createdBy: actor.userId,
      ...composition,
    });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'focus_group.created',
      entityType: 'focus_group',
      entityId: id,
      after: { cycleId, sessionId, libraryKey: values.library_key ?? null, protocolId: values.protocol_id ?? null, ...composition },
    });
    return readFocusGroup({ db: trx, organizationId, cycleId, focusGroupId: id });
  });
}

async function protocolToRun(trx: Parameters<typeof protocolsRepo.find>[0], organizationId: string, values: NewFocusGroup): Promise<Protocol> {
  if (values.library_key) {
    const entry = libraryProtocol(values.library_key);
    if (!entry) throw invalidInput('/library_key', 'is not a protocol of the library', { code: 'does_not_exist' });
    return entry.protocol;
  }
  const own = await protocolsRepo.find(trx, organizationId, values.protocol_id!);
  if (!own) throw invalidInput('/protocol_id', "is not one of the district's protocols", { code: 'does_not_exist' });
  return own.protocol as Protocol;
}
