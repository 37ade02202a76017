import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Message = string | { one: string; other: string };
type Messages = Record<string, Message>;

const webRoot = fileURLToPath(new URL('../../src/web/', import.meta.url));

/** Every `*.messages.ts` of the web application: each exports its English as `xEn` and its Spanish as `xEs`. */
async function catalogue(): Promise<{ en: Messages[]; es: Messages[] }> {
  const files = (readdirSync(webRoot, { recursive: true }) as string[]).filter((file) => file.endsWith('.messages.ts'));
  const en: Messages[] = [];
  const es: Messages[] = [];
  for (const file of files) {
    const module = (await import(path.join(webRoot, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('En')) en.push(value as Messages);
      if (name.endsWith('Es')) es.push(value as Messages);
    }
  }
  if (en.length === 0 || en.length !== es.length) throw new Error(`the message catalogue was not found whole under ${webRoot}`);
  return { en, es };
}

/**
 * Words of letters only, lower case; "{name}" placeholders are not words, and neither is a run that
 * mixes letters with digits: an identifier such as "0ac01add" on screen is not the English "add".
 */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !/\p{N}/u.test(word));
}

const textsOf = (messages: Messages[]) => messages.flatMap((dictionary) => Object.values(dictionary).flatMap((m) => (typeof m === 'string' ? [m] : [m.one, m.other])));

/**
 * The words only the English catalogue uses: a Spanish screen that shows one has English left on it,
 * from a message that bypassed `t()` or an English default. Words the Spanish also uses ("plan",
 * "total", names such as "Waymark" or "Excel") cannot tell the languages apart and are left out.
 */
export async function englishOnlyWords(): Promise<Set<string>> {
  const { en, es } = await catalogue();
  // The reader's dates are Spanish too, and "may" is a Spanish month as well as an English verb.
  const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 15)));
  const dates = months.flatMap((date) => (['long', 'short'] as const).flatMap((style) => [new Intl.DateTimeFormat('es', { month: style }).format(date), new Intl.DateTimeFormat('es', { weekday: style }).format(date)]));
  const spanish = new Set([...textsOf(es), ...dates].flatMap(wordsOf));
  return new Set(textsOf(en).flatMap(wordsOf).filter((word) => !spanish.has(word)));
}

/**
 * What people typed: every free text an API answer carries (titles, names, narratives), which may
 * well be English in an English-speaking district's demo and is theirs to write. Kept as runs of
 * words (three at a time, or the whole text when shorter) so a title excuses its words only where
 * the title itself stands, even cut short, and never the "Goal" written before it. Enum values
 * and single lower-case words (snake_case codes, a unit label such as "months") are not taken for
 * people's words (slugs and passwords, with their hyphens, are), nor is a plan's level names: the English
 * defaults ("Goal", "Action step") must read in Spanish.
 */
export class TypedTexts {
  private readonly runs = new Set<string>();

  collect(value: unknown): void {
    if (typeof value === 'string') {
      if (/[\s@.-]/.test(value) || /^\p{Lu}/u.test(value)) for (const run of runsOf(wordsOf(value))) this.runs.add(run);
    } else if (Array.isArray(value)) {
      for (const item of value) this.collect(item);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (!vocabularyKeys.has(key)) this.collect(item);
    }
  }

  /** The English-only words of a text on screen that no typed text there accounts for. */
  englishLeftIn(text: string, englishOnly: ReadonlySet<string>): string[] {
    const words = wordsOf(text);
    const typed = new Set<number>();
    for (const size of [3, 2, 1]) {
      for (let at = 0; at + size <= words.length; at += 1) {
        if (this.runs.has(words.slice(at, at + size).join(' '))) for (let i = at; i < at + size; i += 1) typed.add(i);
      }
    }
    return words.filter((word, i) => englishOnly.has(word) && !typed.has(i));
  }
}

const vocabularyKeys = new Set(['level_names', 'levelNames']);

/** A text's runs of three words; a shorter text is one run. */
function runsOf(words: string[]): string[] {
  if (words.length <= 3) return words.length ? [words.join(' ')] : [];
  return words.slice(0, -2).map((_, at) => words.slice(at, at + 3).join(' '));
}
