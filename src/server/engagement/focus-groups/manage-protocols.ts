import type { Kysely } from 'kysely';
import { libraryProtocol } from '../../../core/engagement/focus-groups/protocol-library.js';
import { protocolText, type Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { presentProtocol } from './focus-groups.present.js';
import { protocolsRepo } from './protocols.repo.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
}

const titleOf = (protocol: Protocol) => protocolText(protocol.title, protocol.languages[0] ?? 'en').slice(0, 200);

/**
 * Makes a protocol of the district's own: a copy of a library protocol (which is never edited in
 * place), a copy of another of its protocols, or a whole protocol document sent by the caller.
 */
export function createProtocol(options: Scope & { source: { library_key?: string; protocol_id?: string; protocol?: Protocol } }) {
  const { db, actor, organizationId, source } = options;
  const given = [source.library_key, source.protocol_id, source.protocol].filter((value) => value !== undefined).length;
  if (given !== 1) throw invalidInput('/library_key', 'give exactly one of library_key, protocol_id or protocol', { code: 'required' });
  return inTransaction(db, async (trx) => {
    let protocol: Protocol;
    let libraryKey: string | null = null;
    if (source.library_key !== undefined) {
      const entry = libraryProtocol(source.library_key);
      if (!entry) throw invalidInput('/library_key', 'is not a protocol of the library', { code: 'does_not_exist' });
      protocol = structuredClone(entry.protocol);
      libraryKey = entry.key;
    } else if (source.protocol_id !== undefined) {
      const original = await protocolsRepo.find(trx, organizationId, source.protocol_id);
      if (!original) throw invalidInput('/protocol_id', "is not one of the district's protocols", { code: 'does_not_exist' });
      protocol = original.protocol as Protocol;
      libraryKey = original.library_key;
    } else {
      protocol = source.protocol!;
    }
    const row = await protocolsRepo.insert(trx, { organizationId, libraryKey, title: titleOf(protocol), protocol, createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group_protocol.created', entityType: 'focus_group_protocol', entityId: row.id, after: { libraryKey, copiedFrom: source.protocol_id ?? null, protocol } });
    return presentProtocol(row);
  });
}

/** Saves an edited protocol; a stale version is 409 with the current one. Focus groups already set up keep their copy. */
export function saveProtocol(options: Scope & { protocolId: string; version: number; protocol: Protocol }) {
  const { db, actor, organizationId, protocolId, version, protocol } = options;
  return inTransaction(db, async (trx) => {
    const before = await protocolsRepo.find(trx, organizationId, protocolId, { lock: true });
    if (!before) throw notFound('Protocol');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this protocol; review and try again', [], { current: presentProtocol(before) });
    const after = await protocolsRepo.update(trx, organizationId, protocolId, { title: titleOf(protocol), protocol });
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group_protocol.saved', entityType: 'focus_group_protocol', entityId: protocolId, before: before.protocol, after: protocol });
    return presentProtocol(after);
  });
}

/** Removes one of the district's protocols; focus groups that ran it keep their copy of its questions. */
export function removeProtocol(options: Scope & { protocolId: string }) {
  const { db, actor, organizationId, protocolId } = options;
  return inTransaction(db, async (trx) => {
    const before = await protocolsRepo.find(trx, organizationId, protocolId, { lock: true });
    if (!before) throw notFound('Protocol');
    await protocolsRepo.remove(trx, organizationId, protocolId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group_protocol.removed', entityType: 'focus_group_protocol', entityId: protocolId, before: { title: before.title, protocol: before.protocol } });
    return { removed: protocolId };
  });
}
