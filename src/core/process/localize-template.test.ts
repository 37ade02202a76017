import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizeTemplate } from './localize-template.js';
import { parseTemplate, parseTemplates, TemplateError } from './parse-template.js';
import type { ProcessTemplate } from './process-template.schema.js';

const directory = new URL('../../../templates/', import.meta.url);
const shipped = parseTemplates(
  readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ fileName: `templates/${name}`, json: readFileSync(new URL(name, directory), 'utf8') })),
);
const thru = shipped.find((t) => t.id === 'thru-community-planning')!;

/** Every text a reader sees in a template, in order, so two languages can be compared text by text. */
function readerTexts(template: Omit<ProcessTemplate, 'translations'>): string[] {
  return [
    template.name,
    template.summary,
    template.vocabulary.steeringCommittee,
    ...template.readiness.flatMap((r) => [r.label, r.description ?? '']),
    ...template.phases.flatMap((p) => [p.name, p.guidingQuestion, p.purpose, p.durationNote ?? '', ...p.steps.map((s) => s.text), ...p.outcomes]),
    ...template.sessions.flatMap((s) => [s.name, s.purpose, s.note ?? '', ...s.agenda, ...s.outcomes, ...(s.alternatives ?? []).flatMap((a) => [a.name, a.lengthLabel ?? ''])]),
    ...template.deliverables.flatMap((d) => [d.name, d.description, ...d.doneWhen]),
    ...template.optionalPaths.flatMap((o) => [o.name, o.description]),
    ...template.supports.flatMap((s) => [s.name, s.description]),
    ...template.outcomes.map((o) => o.text),
  ].filter(Boolean);
}

describe('localizeTemplate', () => {
  it('reads the template as written in English, without its translations', () => {
    const english = localizeTemplate(thru, 'en');
    expect(english).not.toHaveProperty('translations');
    expect(english.phases[0]!.name).toBe('Community outreach');
  });

  it('reads the Spanish texts in Spanish, keeping ids, dates and links', () => {
    const spanish = localizeTemplate(thru, 'es');
    expect(spanish.phases[0]).toMatchObject({ id: 'outreach', name: 'Acercamiento a la comunidad', durationWeeks: 3 });
    expect(spanish.phases[0]!.steps[0]).toEqual({ text: 'Trazar el mapa de la comunidad y de los grupos a los que llegar', linksTo: 'process.engagement' });
    expect(spanish.deliverables.find((d) => d.id === 'final-plan')!.doneWhen).toEqual(['Los comentarios están incorporados', 'El plan está finalizado']);
  });

  it('keeps the English of anything a translation leaves out', () => {
    const partial = { ...thru, translations: { es: { phases: { outreach: { name: 'Acercamiento' } } } } };
    const spanish = localizeTemplate(partial, 'es');
    expect(spanish.phases[0]!.name).toBe('Acercamiento');
    expect(spanish.phases[0]!.guidingQuestion).toBe(thru.phases[0]!.guidingQuestion);
    expect(spanish.phases[1]!.name).toBe(thru.phases[1]!.name);
  });

  it.each(shipped.map((t) => [t.id, t] as const))('%s carries a Spanish text for every text a reader sees', (_id, template) => {
    const english = readerTexts(localizeTemplate(template, 'en'));
    const spanish = readerTexts(localizeTemplate(template, 'es'));
    expect(spanish).toHaveLength(english.length);
    // A text left in English reads the same in both; names such as "Data Wise" may, whole texts may not.
    const untranslated = english.filter((text, i) => text === spanish[i] && text.split(' ').length > 2);
    expect(untranslated).toEqual([]);
  });
});

describe('checking a translation against its template', () => {
  const withTranslation = (es: object) => JSON.stringify({ ...JSON.parse(readFileSync(new URL('thru-community-planning.json', directory), 'utf8')), translations: { es } });
  const problemsOf = (json: string) => {
    try {
      parseTemplate(json, 'templates/thru-community-planning.json');
      return [];
    } catch (error) {
      return (error as TemplateError).problems.map((p) => `${p.path}: ${p.message}`);
    }
  };

  it('refuses an id the template does not have and a list of another length', () => {
    expect(problemsOf(withTranslation({ phases: { nowhere: { name: 'X' }, outreach: { steps: ['Solo uno'] } } }))).toEqual([
      "/translations/es/phases/nowhere: unknown phases id 'nowhere'",
      '/translations/es/phases/outreach/steps: has 1 texts; the English has 3',
    ]);
  });

  it('refuses a field a template text does not have, and a language it does not know', () => {
    expect(problemsOf(withTranslation({ phases: { outreach: { title: 'X' } } }))).toEqual(['/translations/es/phases/outreach/title: is not a field of a process template']);
    expect(problemsOf(JSON.stringify({ ...JSON.parse(withTranslation({})), translations: { fr: {} } }))).toEqual(['/translations/fr: is not a field of a process template']);
  });
});
