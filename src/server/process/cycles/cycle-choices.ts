import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';
import { invalidInput } from '../../errors.js';

/**
 * A framework's choices for one cycle: which alternative each session is held as (Koru's three
 * 90-minute meetings or one half-day retreat) and which optional paths the district takes.
 * Checked against the cycle's own template, so a choice names something the template offers.
 */
export interface CycleChoices {
  sessionChoices: Record<string, number>;
  optionalPaths: string[];
}

/** 400 naming `/sessionChoices/<id>` for a session the template lacks or an alternative it does not offer. */
export function checkSessionChoices(template: ProcessTemplate, choices: Record<string, number>): Record<string, number> {
  for (const [sessionId, index] of Object.entries(choices)) {
    const session = template.sessions.find((s) => s.id === sessionId);
    if (!session) throw invalidInput(`/sessionChoices/${sessionId}`, `is not a session of the template ${template.name}`, { code: 'not_in_template' });
    const alternatives = session.alternatives ?? [];
    if (!alternatives.length) throw invalidInput(`/sessionChoices/${sessionId}`, 'has no alternatives to choose from', { code: 'no_alternatives' });
    if (index >= alternatives.length) throw invalidInput(`/sessionChoices/${sessionId}`, `must be an alternative from 0 to ${alternatives.length - 1}`, { code: 'too_big', params: { maximum: alternatives.length - 1 } });
  }
  return choices;
}

/** 400 naming `/optionalPaths/<index>` for an id the template does not offer; duplicates are dropped. */
export function checkOptionalPaths(template: ProcessTemplate, ids: string[]): string[] {
  ids.forEach((id, index) => {
    if (!template.optionalPaths.some((path) => path.id === id)) throw invalidInput(`/optionalPaths/${index}`, `is not an optional path of the template ${template.name}`, { code: 'not_in_template' });
  });
  // Kept in the template's order, so the stored list does not depend on how it was sent.
  return template.optionalPaths.filter((path) => ids.includes(path.id)).map((path) => path.id);
}

/** What the cycle detail says about the template's optional paths and supports. */
export function presentFrameworkOptions(template: ProcessTemplate | undefined, chosenPaths: string[]) {
  if (!template) return { optionalPaths: [], supports: [] };
  const phaseName = (id: string | undefined) => (id === undefined ? null : (template.phases.find((phase) => phase.id === id)?.name ?? null));
  return {
    optionalPaths: template.optionalPaths.map((path) => ({
      id: path.id,
      name: path.name,
      description: path.description,
      phase: phaseName(path.phase),
      decidedIn: phaseName(path.decidedIn),
      chosen: chosenPaths.includes(path.id),
    })),
    supports: template.supports.map((support) => ({ id: support.id, name: support.name, description: support.description, phase: phaseName(support.phase), isOptional: support.isOptional })),
  };
}

/** The jsonb columns as stored; anything unexpected reads as no choice. */
export function storedChoices(row: { session_choices: unknown; optional_paths: unknown }): CycleChoices {
  const sessions = row.session_choices && typeof row.session_choices === 'object' && !Array.isArray(row.session_choices) ? (row.session_choices as Record<string, number>) : {};
  const paths = Array.isArray(row.optional_paths) ? row.optional_paths.filter((id): id is string => typeof id === 'string') : [];
  return { sessionChoices: sessions, optionalPaths: paths };
}
