import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import type { AuditEntry } from '../../platform/audit/record-audit-event.js';
import type { ThemeTask, ThemeTaskResults } from '../../../core/engagement/themes/theme-tasks.js';
import type { ThemeItemRow, ThemeOwner, ThemeStore } from './theme-store.js';
import { KeyBusyError, runInWorker, type WorkerLine } from './worker-runner.js';

/** What is themed (a text question, a conversation), as its use-cases need it. */
export interface ThemedSubject {
  /** Words every item repeats (the question's or the prompt's): they would only blur the themes and their labels. */
  ignoreWords: string[];
}

/**
 * How the themes use-cases (find, rename, merge, split, move, read) meet one kind of items: their
 * store, their subject, and the names they give in errors and audit events. Survey answers and
 * conversation ideas are the two kinds; each keeps its own words and audit actions.
 */
export interface ThemeKind<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject> {
  store: ThemeStore<S, Item>;
  /** The subject named in the path: 404 when it is not there (or not the district's). */
  load(db: Kysely<DB>, scope: S): Promise<Subject>;
  /** The worker line's key: one run at a time per subject. */
  lineKey(scope: S): string;
  /** What errors call the subject ('question'), its items ('answers') and an id that is not one of them. */
  words: { subject: string; items: string; notAnItem: string };
  audit: ThemeAuditNaming<S>;
}

/**
 * The audit events' names: `${prefix}_themes.found` and `${prefix}_theme.renamed`, counts of
 * items under `itemsKey`, moved items' ids under `idsKey` (also the request's field, for 400s).
 */
export interface ThemeAuditNaming<S> {
  prefix: string;
  itemsKey: string;
  idsKey: string;
  /** The entity events about the whole set name, and what else they record to find it. */
  setEntity(scope: S): { entityType: string; entityId: string | null; details: Record<string, unknown> };
}

/** The first part of every generic themes use-case's options. */
export interface ThemeRead<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject> {
  kind: ThemeKind<S, Item, Subject>;
  db: Kysely<DB>;
  scope: S;
}

export interface ThemeWrite<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject> extends ThemeRead<S, Item, Subject> {
  actor: Actor;
}

/** An audit event about the whole theme set (`${prefix}_themes.${action}`). */
export function setAuditEntry<S extends ThemeOwner>(audit: ThemeAuditNaming<S>, scope: S, action: string, after: Record<string, unknown> = {}): AuditEntry {
  const { entityType, entityId, details } = audit.setEntity(scope);
  const recorded = { ...details, ...after };
  return { organizationId: scope.organizationId, action: `${audit.prefix}_themes.${action}`, entityType, entityId, ...(Object.keys(recorded).length > 0 ? { after: recorded } : {}) };
}

const themesWorker = new URL('./themes.worker.js', import.meta.url);

/**
 * Runs one of the theme finder's tasks in a worker thread, one at a time per subject. A task for a
 * subject whose themes are being found or changed is refused with 409 rather than queued: its
 * answer would be about themes that are about to change.
 */
export async function runThemeWork<S extends ThemeOwner, T extends ThemeTask>(kind: Pick<ThemeKind<S, ThemeItemRow, ThemedSubject>, 'lineKey' | 'words'>, line: WorkerLine, scope: S, task: T): Promise<ThemeTaskResults[T['task']]> {
  try {
    return await line.run(kind.lineKey(scope), () => runInWorker<ThemeTaskResults[T['task']]>(themesWorker, task));
  } catch (error) {
    if (error instanceof KeyBusyError) throw themesBusy(kind.words.subject);
    throw error;
  }
}

export const themesBusy = (subject: string) => new AppError('conflict', `The themes of this ${subject} are being found or changed; try again in a moment`, [], { reason: 'busy' });
export const noThemesYet = (subject: string) => new AppError('conflict', `This ${subject} has no themes yet: find them first`, [], { reason: 'no_themes' });

/** 409 when the themes changed since the caller read them (version), with the version now. */
export function checkVersion(current: number, basedOn: number) {
  if (current !== basedOn) throw new AppError('conflict', 'The themes changed meanwhile; review them and try again', [], { reason: 'stale', version: current });
}
