/*
 * JSON pointers into a survey/v1 document ("/questions/2/options/1/text"), as the server names a
 * problem or a missing translation, read as parts a person can follow: the question (by number and
 * key), then the option or item, then the field and the language. The screen turns the parts into
 * words in the reader's language.
 */

export type PathPart =
  | { kind: 'question'; number: number; key: string | null }
  | { kind: 'option'; number: number; key: string | null }
  | { kind: 'item'; number: number; key: string | null }
  | { kind: 'field'; name: string }
  | { kind: 'language'; code: string };

const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const textFields = new Set(['title', 'intro', 'thank_you', 'text', 'help']);

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer.startsWith('/')) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of a request body that wraps the document (`{ version, document }`) as a pointer into the document. */
export function documentPointer(pointer: string): string {
  return pointer.startsWith('/document/') ? pointer.slice('/document'.length) : pointer === '/document' ? '' : pointer;
}

interface KeyedList {
  key?: unknown;
  options?: unknown;
  items?: unknown;
}

/** The parts of a pointer into `document` (any parsed JSON: an import that failed is read as well as it can be). */
export function describePath(pointer: string, document: unknown): PathPart[] {
  const segments = pointerSegments(documentPointer(pointer));
  const parts: PathPart[] = [];
  let question: KeyedList | undefined;
  let field: string | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const index = Number(segment);
    const isIndex = /^\d+$/.test(segment);
    if (field === 'questions' && isIndex && !question) {
      const questions = (document as { questions?: unknown[] } | null)?.questions;
      question = (Array.isArray(questions) ? questions[index] : undefined) as KeyedList | undefined;
      question ??= {};
      parts.push({ kind: 'question', number: index + 1, key: typeof question.key === 'string' ? question.key : null });
      field = undefined;
      continue;
    }
    if ((field === 'options' || field === 'items') && isIndex && question) {
      const list = question[field];
      const entry = (Array.isArray(list) ? list[index] : undefined) as KeyedList | undefined;
      parts.push({ kind: field === 'options' ? 'option' : 'item', number: index + 1, key: typeof entry?.key === 'string' ? entry.key : null });
      field = undefined;
      continue;
    }
    if (field && textFields.has(field) && languagePattern.test(segment)) {
      parts.push({ kind: 'language', code: segment });
      field = undefined;
      continue;
    }
    if (segment === 'questions' && !question) {
      field = segment;
      continue;
    }
    if ((segment === 'options' || segment === 'items') && question) {
      field = segment;
      continue;
    }
    field = segment;
    parts.push({ kind: 'field', name: segment });
  }
  // A pointer that only names the list ("/questions") still says so.
  if (field === 'questions' && !question) parts.push({ kind: 'field', name: field });
  return parts;
}

/** The index of the question a pointer is about ("/questions/3/..." -> 3), or null. */
export function questionIndexOf(pointer: string): number | null {
  const [first, second] = pointerSegments(documentPointer(pointer));
  return first === 'questions' && second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
}
