import { createHash } from 'node:crypto';

/**
 * A stakeholder group's reference in a survey's group link (/s/<code>?g=<ref>): six characters of
 * the public code's alphabet (no 0/o, 1/l/i, for a flyer's address typed by hand), worked out from
 * the survey's id and the group's, so nothing is stored and the link names no internal id. It is
 * not a secret (anyone may open any group's link; a group is not a person) and not signed with the
 * server's secret, so printed flyers outlive a change of SESSION_SECRET. Per survey: one group's
 * ref differs from survey to survey.
 */
const REF_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const REF_LENGTH = 6;

export function groupRefOf(surveyId: string, groupId: string): string {
  const digest = createHash('sha256').update(`survey-group|${surveyId}|${groupId}`).digest();
  return Array.from(digest.subarray(0, REF_LENGTH), (byte) => REF_ALPHABET[byte % REF_ALPHABET.length]).join('');
}

/** A ref as linked or typed, in the one spelling refs are made in; null when it cannot be one. */
export function normalizeGroupRef(ref: string): string | null {
  const normalized = ref.trim().toLowerCase();
  return normalized.length === REF_LENGTH && [...normalized].every((char) => REF_ALPHABET.includes(char)) ? normalized : null;
}

/** Each group's ref, to the group's id. */
export function groupRefsOf(surveyId: string, groupIds: readonly string[]): ReadonlyMap<string, string> {
  return new Map(groupIds.map((groupId) => [groupRefOf(surveyId, groupId), groupId]));
}

/** The ref of one of these groups as a page's link gives it, normalized; undefined when it is none of them (the page then takes answers as of no group). */
export function knownGroupRef(groupRefs: ReadonlyMap<string, string>, given: string | undefined): string | undefined {
  const ref = given === undefined ? null : normalizeGroupRef(given);
  return ref !== null && groupRefs.has(ref) ? ref : undefined;
}
