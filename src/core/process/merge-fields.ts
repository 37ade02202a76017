/**
 * Merge fields of the outreach kit: `{{district_name}}` and friends, written in an invitation or
 * an agenda and filled when it is previewed or sent. Pure, so the server (which refuses unknown
 * names and fills the mail) and the web editor (which inserts fields and previews) agree.
 */
export const mergeFields = ['district_name', 'session_name', 'session_date', 'link', 'recipient_name'] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Partial<Record<MergeField, string>>;

// Spaces inside the braces are tolerated ({{ link }}); a lone "{{" with no closing pair is just text.
const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const isMergeField = (name: string): name is MergeField => (mergeFields as readonly string[]).includes(name);

/** Every field name written in the text, known or not, once each, in order of first use. */
export function fieldsUsed(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(FIELD)) {
    const name = match[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The names in the text that are not merge fields, so the caller can say which one is wrong. */
export function unknownFields(text: string): string[] {
  return fieldsUsed(text).filter((name) => !isMergeField(name));
}

/**
 * The text with every field that has a value filled in. Fields without a value stay as written,
 * and are listed in `missing`, so a preview shows what a send would still need.
 */
export function fillMergeFields(text: string, values: MergeValues): { text: string; missing: MergeField[] } {
  const missing: MergeField[] = [];
  const filled = text.replace(FIELD, (whole, name: string) => {
    if (!isMergeField(name)) return whole;
    const value = values[name];
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing };
}

/**
 * Puts `{{field}}` where the cursor is (replacing a selection) and says where the cursor goes
 * next: just after the field, so typing carries on naturally.
 */
export function insertMergeField(text: string, selectionStart: number, selectionEnd: number, field: MergeField): { text: string; cursor: number } {
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  const token = `{{${field}}}`;
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}
