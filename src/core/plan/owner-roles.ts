/**
 * An imported plan names its owners in words ("Director of Curriculum", "Dana Okafor, principal").
 * The owner the product works with is a person of the district; the words are kept as the role or
 * unit they name, and offered for matching: each distinct role, the elements that name it, the ones
 * still without a person, and the person it most likely means.
 */

export interface OwnableElement {
  key: string;
  kind: 'measure' | 'strategy' | 'action';
  /** The free-text owner of the plan document, if any. */
  role: string | null;
}

export interface Person {
  userId: string;
  name: string;
  email: string;
}

export interface OwnerRole {
  role: string;
  elementKeys: string[];
  /** The elements naming this role that have no person yet. */
  unmatchedKeys: string[];
  /** A person whose name or e-mail the role spells out, when exactly one does. */
  suggestion: Person | null;
}

/** Case, accents, punctuation and spacing do not make two roles different. */
export function normalizeRole(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    // A dot is kept inside an e-mail address, not at the end of a word.
    .replace(/\.+(\s|$)/g, '$1')
    .trim();
}

/** The person a role names: the one whose full name appears in it as words, or whose e-mail it is. */
export function suggestPerson(role: string, people: readonly Person[]): Person | null {
  const words = ` ${normalizeRole(role)} `;
  const matches = people.filter((person) => {
    const name = normalizeRole(person.name);
    return (name.length > 0 && words.includes(` ${name} `)) || words.trim() === normalizeRole(person.email);
  });
  return matches.length === 1 ? matches[0]! : null;
}

/** The roles of a plan in the order they first appear, with what is matched and what is not. */
export function listOwnerRoles(elements: readonly OwnableElement[], ownedKeys: ReadonlySet<string>, people: readonly Person[]): OwnerRole[] {
  const roles = new Map<string, OwnerRole>();
  for (const element of elements) {
    const role = element.role?.trim();
    if (!role) continue;
    const id = normalizeRole(role);
    let entry = roles.get(id);
    if (!entry) {
      entry = { role, elementKeys: [], unmatchedKeys: [], suggestion: suggestPerson(role, people) };
      roles.set(id, entry);
    }
    entry.elementKeys.push(element.key);
    if (!ownedKeys.has(element.key)) entry.unmatchedKeys.push(element.key);
  }
  return [...roles.values()];
}

/**
 * The plan as it leaves the application: an element whose owner is a person and that names no
 * role gets the person's name as its `owner`, so the owner survives the trip to another product.
 * A role the plan names is kept as written (the format promises a lossless round trip). A printed
 * document (withRoles) names the person with the role in brackets: "Dana Okafor (Superintendent)".
 */
export function withOwnerNames<T extends { plan: { goals: readonly GoalLike[] } }>(document: T, names: ReadonlyMap<string, string>, options: { withRoles?: boolean } = {}): T {
  if (names.size === 0) return document;
  const ownerOf = (name: string, role: string | undefined) => (options.withRoles && role ? `${name} (${role})` : name);
  const fill = <E extends { key: string; owner?: string }>(element: E): E => {
    const role = element.owner?.trim();
    const name = names.get(element.key);
    if (!name || (role && !options.withRoles)) return element;
    return { ...element, owner: ownerOf(name, role) };
  };
  const goals = document.plan.goals.map((goal) => ({
    ...goal,
    ...(goal.measures ? { measures: goal.measures.map(fill) } : {}),
    ...(goal.strategies
      ? { strategies: goal.strategies.map((strategy) => fill({ ...strategy, ...(strategy.measures ? { measures: strategy.measures.map(fill) } : {}), ...(strategy.actions ? { actions: strategy.actions.map(fill) } : {}) })) }
      : {}),
  }));
  return { ...document, plan: { ...document.plan, goals } };
}

interface OwnedLike {
  key: string;
  owner?: string;
}
interface GoalLike {
  measures?: readonly OwnedLike[];
  strategies?: readonly (OwnedLike & { measures?: readonly OwnedLike[]; actions?: readonly OwnedLike[] })[];
}
