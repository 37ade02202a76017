import { fishboneStartingCategories, type FishboneCategory, type RootCauseMethod } from '../../../core/evidence/retreat/root-causes';

/*
 * The root-cause editor's state, apart from the form so it can be tested: both ways of writing
 * root causes are kept while the team switches between them (switching does not throw work away),
 * and what is sent is the chosen one with its empty lines dropped (the server requires words).
 */

export const maxWhys = 5;

export interface RootCausesDraft {
  method: RootCauseMethod;
  whys: string[];
  fishbone: FishboneCategory[];
}

const isText = (value: unknown): value is string => typeof value === 'string';

function fishboneOf(value: unknown): FishboneCategory[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const candidate = entry as { category?: unknown; causes?: unknown };
    if (!candidate || !isText(candidate.category)) return [];
    return [{ category: candidate.category, causes: Array.isArray(candidate.causes) ? candidate.causes.filter(isText) : [] }];
  });
}

/** The draft of a saved priority: its method's causes, and a starting point for the other method. */
export function draftOf(method: RootCauseMethod, saved: readonly unknown[]): RootCausesDraft {
  const whys = method === 'five_whys' ? saved.filter(isText) : [];
  const fishbone = method === 'fishbone' ? fishboneOf(saved) : [];
  return {
    method,
    whys: whys.length ? whys : [''],
    fishbone: fishbone.length ? fishbone : fishboneStartingCategories.map((category) => ({ category, causes: [] })),
  };
}

/** What the API receives: the chosen method's causes, blank lines and blank categories left out. */
export function rootCausesToSend(draft: RootCausesDraft): { root_cause_method: RootCauseMethod; root_causes: unknown[] } {
  if (draft.method === 'five_whys') return { root_cause_method: 'five_whys', root_causes: draft.whys.map((why) => why.trim()).filter(Boolean).slice(0, maxWhys) };
  const categories = draft.fishbone
    .map((entry) => ({ category: entry.category.trim(), causes: entry.causes.map((cause) => cause.trim()).filter(Boolean) }))
    // A category the team emptied of its name and causes is gone; one with causes keeps them under its name.
    .filter((entry) => entry.category !== '' || entry.causes.length > 0);
  return { root_cause_method: 'fishbone', root_causes: categories };
}

export function setWhy(draft: RootCausesDraft, index: number, text: string): RootCausesDraft {
  return { ...draft, whys: draft.whys.map((why, at) => (at === index ? text : why)) };
}

/** One more "why?", up to five. */
export function addWhy(draft: RootCausesDraft): RootCausesDraft {
  return draft.whys.length >= maxWhys ? draft : { ...draft, whys: [...draft.whys, ''] };
}

export function removeWhy(draft: RootCausesDraft, index: number): RootCausesDraft {
  const whys = draft.whys.filter((_, at) => at !== index);
  return { ...draft, whys: whys.length ? whys : [''] };
}

export function renameCategory(draft: RootCausesDraft, index: number, category: string): RootCausesDraft {
  return { ...draft, fishbone: draft.fishbone.map((entry, at) => (at === index ? { ...entry, category } : entry)) };
}

export function addCategory(draft: RootCausesDraft, category: string): RootCausesDraft {
  return { ...draft, fishbone: [...draft.fishbone, { category, causes: [] }] };
}

export function removeCategory(draft: RootCausesDraft, index: number): RootCausesDraft {
  return { ...draft, fishbone: draft.fishbone.filter((_, at) => at !== index) };
}

export function addCause(draft: RootCausesDraft, index: number): RootCausesDraft {
  return { ...draft, fishbone: draft.fishbone.map((entry, at) => (at === index ? { ...entry, causes: [...entry.causes, ''] } : entry)) };
}

export function setCause(draft: RootCausesDraft, index: number, causeIndex: number, text: string): RootCausesDraft {
  return { ...draft, fishbone: draft.fishbone.map((entry, at) => (at === index ? { ...entry, causes: entry.causes.map((cause, c) => (c === causeIndex ? text : cause)) } : entry)) };
}

export function removeCause(draft: RootCausesDraft, index: number, causeIndex: number): RootCausesDraft {
  return { ...draft, fishbone: draft.fishbone.map((entry, at) => (at === index ? { ...entry, causes: entry.causes.filter((_, c) => c !== causeIndex) } : entry)) };
}
