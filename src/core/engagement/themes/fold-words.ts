/**
 * How two spellings of one word are made to match: lower case, accents folded ("está" -> "esta",
 * "niño" -> "nino"), and a light suffix folding ("sizes" -> "siz", "size" -> "siz", "keeping" -> "keep",
 * "clases" -> "clas"). The folded key is only for matching; what people read is always a word
 * as somebody wrote it (see `SurfaceForms`).
 */

/** Lower case and accents removed: the form every comparison uses. */
export function foldAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * Folds plurals and the commonest English verb endings of an accent-folded word. Deliberately
 * small (not a full stemmer): the aim is that "bus"/"buses", "class"/"classes", "keep"/"keeping",
 * "escuela"/"escuelas" meet, while short words and words ending in -ss, -us, -is stay whole.
 */
export function foldSuffix(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 5 && stem.endsWith('ing') && hasVowel(stem.slice(0, -3))) stem = undouble(stem.slice(0, -3));
  else if (stem.length > 4 && stem.endsWith('ed') && !stem.endsWith('eed') && hasVowel(stem.slice(0, -2))) stem = undouble(stem.slice(0, -2));
  // "time"/"timed"/"times" and "clase"/"clases" all end on the same key without their final e.
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** "spring" and "string" are not verbs: what is left after a verb ending needs a vowel. */
function hasVowel(stem: string): boolean {
  return /[aeiouy]/.test(stem);
}

/** "planning" -> "plann" -> "plan"; "stopped" -> "stopp" -> "stop" ("ll" and "ss" stay: "fill", "pass"). */
function undouble(stem: string): string {
  const last = stem.at(-1);
  return stem.length > 3 && last === stem.at(-2) && last !== undefined && !'lsz'.includes(last) && !'aeiou'.includes(last) ? stem.slice(0, -1) : stem;
}
