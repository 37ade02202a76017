import type { MessageKey } from '../../app/i18n/message-catalogue';

export const decisionMethods = ['consensus', 'fist_to_five', 'majority', 'other'] as const;
export type DecisionMethod = (typeof decisionMethods)[number];

export interface DecisionProtocol {
  method: DecisionMethod;
  description: string | null;
  fallback: string | null;
  quorum: string | null;
}

export interface NormsVersion {
  number: number;
  norms: string[];
  notes: string | null;
  decision: DecisionProtocol;
  changeNote: string | null;
  author: string;
  createdAt: string;
}

export type NormsVersionSummary = Pick<NormsVersion, 'number' | 'changeNote' | 'author' | 'createdAt'>;

export interface NormsDocument {
  current: NormsVersion | null;
  versions: NormsVersionSummary[];
}

export const normsApi = {
  document: (cycleId: string) => `/api/cycles/${cycleId}/norms`,
  version: (cycleId: string, number: number) => `/api/cycles/${cycleId}/norms/versions/${number}`,
};

export const methodLabel = (method: DecisionMethod) => `decision.method.${method}` as MessageKey;
export const methodHint = (method: DecisionMethod) => `decision.methodHint.${method}` as MessageKey;

/** Waymark's suggested starting norms, in the reader's language; the committee edits them before saving. */
export const starterNormKeys: readonly MessageKey[] = ['norms.starter.1', 'norms.starter.2', 'norms.starter.3', 'norms.starter.4', 'norms.starter.5', 'norms.starter.6', 'norms.starter.7', 'norms.starter.8'];

/** What a version has that the other lacks, statement by statement (whitespace and case aside). */
export function compareNorms(older: readonly string[], newer: readonly string[]) {
  const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const olderKeys = new Set(older.map(key));
  const newerKeys = new Set(newer.map(key));
  return { added: newer.filter((s) => !olderKeys.has(key(s))), removed: older.filter((s) => !newerKeys.has(key(s))) };
}

export const sameDecision = (a: DecisionProtocol, b: DecisionProtocol) =>
  a.method === b.method && a.description === b.description && a.fallback === b.fallback && a.quorum === b.quorum;
