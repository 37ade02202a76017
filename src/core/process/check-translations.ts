import type { ProcessTemplate, TemplateTranslation } from './process-template.schema.js';

/**
 * A translation must fit the template it translates: every id it names exists, and every list has
 * as many texts as the English one (a step translated out of order would be worse than none).
 */
export function checkTranslations(template: ProcessTemplate): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  for (const [locale, words] of Object.entries(template.translations ?? {}) as Array<[string, TemplateTranslation | undefined]>) {
    if (!words) continue;
    const base = `/translations/${locale}`;
    const byId = <Item extends { id: string }>(part: string, items: readonly Item[], translated: Record<string, object> | undefined, lists: (item: Item) => Record<string, readonly unknown[] | undefined>) => {
      for (const [id, own] of Object.entries(translated ?? {})) {
        const item = items.find((candidate) => candidate.id === id);
        if (!item) {
          problems.push({ path: `${base}/${part}/${id}`, message: `unknown ${part} id '${id}'` });
          continue;
        }
        for (const [field, english] of Object.entries(lists(item))) {
          const theirs = (own as Record<string, unknown[] | undefined>)[field];
          if (theirs && theirs.length !== (english?.length ?? 0)) problems.push({ path: `${base}/${part}/${id}/${field}`, message: `has ${theirs.length} texts; the English has ${english?.length ?? 0}` });
        }
      }
    };
    byId('readiness', template.readiness, words.readiness, () => ({}));
    byId('phases', template.phases, words.phases, (phase) => ({ steps: phase.steps, outcomes: phase.outcomes }));
    byId('sessions', template.sessions, words.sessions, (session) => ({ agenda: session.agenda, outcomes: session.outcomes, alternatives: session.alternatives }));
    byId('deliverables', template.deliverables, words.deliverables, (deliverable) => ({ doneWhen: deliverable.doneWhen }));
    byId('optionalPaths', template.optionalPaths, words.optionalPaths, () => ({}));
    byId('supports', template.supports, words.supports, () => ({}));
    if (words.outcomes && words.outcomes.length !== template.outcomes.length) problems.push({ path: `${base}/outcomes`, message: `has ${words.outcomes.length} texts; the English has ${template.outcomes.length}` });
  }
  return problems;
}
