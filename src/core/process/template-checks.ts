import { checkTranslations } from './check-translations.js';
import { BASE_READINESS_IDS, phaseLengthDays, type ProcessTemplate, type TemplatePhase } from './process-template.schema.js';

export interface TemplateProblem {
  /** JSON pointer into the template file, e.g. "/phases/2/durationWeeks". */
  path: string;
  message: string;
}

// Checked against the longest month so a monthly series fits whatever day the process starts.
const LONGEST_MONTH_DAYS = 31;

/**
 * What the schema cannot say: ids used twice, references to phases or deliverables that do not
 * exist, sessions and due weeks that fall outside their phase, and the parts every template must
 * have. Returns every problem, each with its path; an empty list means the template is sound.
 */
export function checkTemplate(template: ProcessTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const phaseIndex = new Map(template.phases.map((phase, i) => [phase.id, i]));
  const phaseAt = (id: string, path: string): TemplatePhase | undefined => {
    const index = phaseIndex.get(id);
    if (index === undefined) add(path, `unknown phase '${id}'`);
    return index === undefined ? undefined : template.phases[index];
  };

  for (const list of ['phases', 'sessions', 'deliverables', 'readiness', 'optionalPaths', 'supports'] as const) {
    checkUnique(template[list].map((item) => item.id), `/${list}`, 'id', add);
  }
  checkUnique(template.deliverables.map((d) => d.letter), '/deliverables', 'letter', add);

  if (template.kind === 'framework') {
    if (template.phases.length === 0) add('/phases', 'a framework needs at least one phase');
    if (!template.source.seed) add('/source/seed', 'is required for a framework: name the seed it is drawn from');
  }
  const readinessIds = new Set(template.readiness.map((item) => item.id));
  for (const base of BASE_READINESS_IDS) if (!readinessIds.has(base)) add('/readiness', `the base item '${base}' is missing`);
  checkRepresentation(template.representation, add);
  if (template.planHorizonYears && template.planHorizonYears.min > template.planHorizonYears.max) add('/planHorizonYears/min', 'must not be more than max');

  template.phases.forEach((phase, p) => {
    if (phase.durationWeeks === undefined && phase.durationDays === undefined) add(`/phases/${p}`, 'needs durationWeeks or durationDays');
    if (phase.durationWeeks !== undefined && phase.durationDays !== undefined) add(`/phases/${p}/durationDays`, 'give durationWeeks or durationDays, not both');
    checkSuggested(phase, `/phases/${p}`, add);
  });

  template.sessions.forEach((session, s) => {
    const path = `/sessions/${s}`;
    const phase = phaseAt(session.phase, `${path}/phase`);
    checkSuggested(session, path, add);
    for (const [variant, variantPath] of [[session, path], ...(session.alternatives ?? []).map((v, i) => [v, `${path}/alternatives/${i}`] as const)] as const) {
      if (variant.every && variant.count < 2) add(`${variantPath}/every`, 'is only for a session held more than once');
      if (phase && hasLength(phase)) checkSessionFits(phase, session.weekOffset ?? 0, variant, variantPath, path, add);
    }
  });

  template.deliverables.forEach((deliverable, d) => {
    const path = `/deliverables/${d}`;
    const phase = phaseAt(deliverable.phase, `${path}/phase`);
    checkSuggested(deliverable, path, add);
    if (phase && hasLength(phase) && deliverable.dueInWeek !== undefined && deliverable.dueInWeek > Math.ceil(phaseLengthDays(phase) / 7)) {
      add(`${path}/dueInWeek`, `week ${deliverable.dueInWeek} is past the end of phase '${phase.id}' (${describeLength(phase)})`);
    }
    deliverable.buildsOn?.forEach((ref, r) => {
      const earlier = template.deliverables.find((other) => other.id === ref);
      if (!earlier) add(`${path}/buildsOn/${r}`, `unknown deliverable '${ref}'`);
      else if (earlier === deliverable) add(`${path}/buildsOn/${r}`, 'a deliverable cannot build on itself');
      else if (phase && (phaseIndex.get(earlier.phase) ?? -1) > phaseIndex.get(deliverable.phase)!) {
        add(`${path}/buildsOn/${r}`, `'${ref}' belongs to a later phase ('${earlier.phase}')`);
      }
    });
  });

  const deliverableIds = new Set(template.deliverables.map((d) => d.id));
  template.outcomes.forEach((outcome, o) =>
    outcome.deliverables?.forEach((ref, r) => {
      if (!deliverableIds.has(ref)) add(`/outcomes/${o}/deliverables/${r}`, `unknown deliverable '${ref}'`);
    }),
  );
  template.optionalPaths.forEach((option, o) => {
    phaseAt(option.phase, `/optionalPaths/${o}/phase`);
    if (option.decidedIn) phaseAt(option.decidedIn, `/optionalPaths/${o}/decidedIn`);
  });
  template.supports.forEach((support, s) => {
    if (support.phase) phaseAt(support.phase, `/supports/${s}/phase`);
  });
  problems.push(...checkTranslations(template));
  return problems;
}

type Add = (path: string, message: string) => void;

function checkUnique(values: Array<string | undefined>, listPath: string, field: string, add: Add) {
  const firstAt = new Map<string, number>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    const earlier = firstAt.get(value);
    if (earlier === undefined) firstAt.set(value, i);
    else add(`${listPath}/${i}/${field}`, `duplicate ${field} '${value}' (also at ${listPath}/${earlier})`);
  });
}

function checkRepresentation(representation: ProcessTemplate['representation'], add: Add) {
  checkUnique(representation.required, '/representation', 'required', (_, message) => add('/representation/required', message));
  checkUnique(representation.recommended, '/representation', 'recommended', (_, message) => add('/representation/recommended', message));
  representation.recommended.forEach((group, i) => {
    if (representation.required.includes(group)) add(`/representation/recommended/${i}`, `'${group}' is already required`);
  });
}

/** The first and the last meeting of a series must both fall inside the phase. */
function checkSessionFits(
  phase: TemplatePhase,
  weekOffset: number,
  variant: { count: number; every?: 'week' | 'month' | undefined },
  variantPath: string,
  sessionPath: string,
  add: Add,
) {
  const length = phaseLengthDays(phase);
  if (weekOffset * 7 >= length) {
    add(`${sessionPath}/weekOffset`, `week ${weekOffset} is past the end of phase '${phase.id}' (${describeLength(phase)})`);
    return;
  }
  const repeats = variant.count - 1;
  const lastDay = variant.every === 'week' ? (weekOffset + repeats) * 7 : variant.every === 'month' ? weekOffset * 7 + repeats * LONGEST_MONTH_DAYS : 0;
  if (lastDay >= length) add(`${variantPath}/count`, `${variant.count} sessions a ${variant.every} do not fit in phase '${phase.id}' (${describeLength(phase)})`);
}

function checkSuggested(item: object, path: string, add: Add) {
  const suggested = (item as { suggested?: string[] }).suggested ?? [];
  suggested.forEach((field, i) => {
    if (field === 'suggested' || !(field in item)) add(`${path}/suggested/${i}`, `'${field}' is not a field of this item`);
  });
}

// A phase without a length is reported once, on the phase, not again on everything inside it.
function hasLength(phase: TemplatePhase): boolean {
  return phaseLengthDays(phase) > 0;
}

function describeLength(phase: TemplatePhase): string {
  return phase.durationDays !== undefined ? `${phase.durationDays} days` : `${phase.durationWeeks} weeks`;
}
