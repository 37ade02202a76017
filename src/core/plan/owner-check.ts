/**
 * The one rule for "has no owner": the owner is a person of the district (the element_owners
 * table, passed in as key -> name). The plan's own words for the owner ("Director of
 * Curriculum") are a role, not a person: an element naming only a role is flagged too, with the
 * role, so the planner knows whom to match. Without the owners (a document checked on its own,
 * before it belongs to a district) the words are all there is, and they count.
 */
export function missingOwnerMessage(options: { label: string; key: string; role: string | undefined; owners: ReadonlyMap<string, string> | undefined; consequence?: string }): string | null {
  const role = options.role?.trim();
  const consequence = options.consequence ?? '';
  if (options.owners === undefined) return role ? null : `${options.label} has no owner${consequence}.`;
  if (options.owners.has(options.key)) return null;
  if (role) return `${options.label} names "${role}" as its owner, but no person of the district is chosen for it${consequence}.`;
  return `${options.label} has no owner${consequence}.`;
}
