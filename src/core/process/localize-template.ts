import type { Locale } from '../i18n/format-message.js';
import type { ProcessTemplate } from './process-template.schema.js';

/**
 * The template as a reader of `locale` reads it: each text its translation carries replaces the
 * English, anything untranslated stays English, and the `translations` themselves are dropped so
 * a screen or a new cycle cannot pick the wrong language by accident. English is the template as
 * written. Shared by the server (the template routes and starting a cycle) and the web.
 */
export function localizeTemplate<T extends ProcessTemplate>(template: T, locale: Locale): Omit<T, 'translations'> {
  const { translations, ...english } = template;
  const words = locale === 'en' ? undefined : translations?.[locale];
  if (!words) return english;
  const list = (own: string[], translated: string[] | undefined) => (translated && translated.length === own.length ? translated : own);
  return {
    ...english,
    name: words.name ?? english.name,
    summary: words.summary ?? english.summary,
    vocabulary: { ...english.vocabulary, ...words.vocabulary },
    representation: { ...english.representation, ...(words.representation?.note ? { note: words.representation.note } : {}) },
    readiness: english.readiness.map((item) => ({ ...item, ...words.readiness?.[item.id] })),
    phases: english.phases.map((phase) => {
      const own = words.phases?.[phase.id];
      if (!own) return phase;
      const steps = list(
        phase.steps.map((step) => step.text),
        own.steps,
      );
      return { ...phase, ...pick(own, ['name', 'guidingQuestion', 'purpose', 'durationNote']), steps: phase.steps.map((step, i) => ({ ...step, text: steps[i]! })), outcomes: list(phase.outcomes, own.outcomes) };
    }),
    sessions: english.sessions.map((session) => {
      const own = words.sessions?.[session.id];
      if (!own) return session;
      return {
        ...session,
        ...pick(own, ['name', 'lengthLabel', 'purpose', 'note']),
        agenda: list(session.agenda, own.agenda),
        outcomes: list(session.outcomes, own.outcomes),
        ...(session.alternatives ? { alternatives: session.alternatives.map((alternative, i) => ({ ...alternative, ...pick(own.alternatives?.[i] ?? {}, ['name', 'lengthLabel', 'note']) })) } : {}),
      };
    }),
    deliverables: english.deliverables.map((deliverable) => {
      const own = words.deliverables?.[deliverable.id];
      return own ? { ...deliverable, ...pick(own, ['name', 'description']), doneWhen: list(deliverable.doneWhen, own.doneWhen) } : deliverable;
    }),
    optionalPaths: english.optionalPaths.map((path) => ({ ...path, ...pick(words.optionalPaths?.[path.id] ?? {}, ['name', 'description']) })),
    supports: english.supports.map((support) => ({ ...support, ...pick(words.supports?.[support.id] ?? {}, ['name', 'description']) })),
    outcomes: english.outcomes.map((outcome, i) => (words.outcomes?.length === english.outcomes.length ? { ...outcome, text: words.outcomes[i]! } : outcome)),
  };
}

/** The fields of a translated item that are set, so an absent translation never blanks the English. */
function pick<T extends object, K extends keyof T>(item: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (item[key] !== undefined) out[key] = item[key];
  return out;
}
