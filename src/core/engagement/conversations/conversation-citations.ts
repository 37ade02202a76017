/**
 * What a plan element can cite from a conversation, in words: a bridging statement, a consensus
 * statement, an opinion group's representative statement, a top-rated idea. Pure: the server
 * gives the opinion groups, the votes and the ratings; the wording is the reader's language.
 */

type Language = 'en' | 'es';

/** A group's letter as the opinion-groups screen names it: 0 is A. */
export const groupLetter = (id: number) => String.fromCharCode(65 + (id % 26));

export type ConversationCitation =
  | { kind: 'bridging'; text: string; agree: number; seen: number; groups: number }
  | { kind: 'consensus'; text: string; direction: 'agree' | 'disagree'; count: number; seen: number }
  | { kind: 'representative'; text: string; direction: 'agree' | 'disagree'; count: number; seen: number; group: number }
  | { kind: 'top_idea'; text: string; mean: number; ratings: number };

const quote = { en: (text: string) => `“${text.trim()}”`, es: (text: string) => `«${text.trim()}»` };
const source = { en: (prompt: string) => `(conversation “${prompt.trim()}”)`, es: (prompt: string) => `(conversación «${prompt.trim()}»)` };

/**
 * One citable item in words, e.g. "“…” — 78% of participants agreed, across all 3 opinion groups
 * (conversation “…”)". Without `prompt` (a report already under the conversation's heading) the
 * source is left off.
 */
export function wordConversationCitation(options: { citation: ConversationCitation; prompt?: string; language: Language }): string {
  const { citation: c, language } = options;
  const percent = (count: number, of: number) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(of > 0 ? count / of : 0);
  const isEnglish = language === 'en';
  let finding: string;
  switch (c.kind) {
    case 'bridging':
      finding = isEnglish
        ? `${percent(c.agree, c.seen)} of participants agreed, across ${c.groups === 2 ? 'both' : `all ${c.groups}`} opinion groups`
        : `el ${percent(c.agree, c.seen)} de los participantes estuvo de acuerdo, en ${c.groups === 2 ? 'los dos' : `los ${c.groups}`} grupos de opinión`;
      break;
    case 'consensus':
      finding = isEnglish
        ? `${percent(c.count, c.seen)} of participants ${c.direction === 'agree' ? 'agreed' : 'disagreed'}`
        : `el ${percent(c.count, c.seen)} de los participantes estuvo ${c.direction === 'agree' ? 'de acuerdo' : 'en desacuerdo'}`;
      break;
    case 'representative':
      finding = isEnglish
        ? `${percent(c.count, c.seen)} of opinion group ${groupLetter(c.group)} ${c.direction === 'agree' ? 'agreed' : 'disagreed'}`
        : `el ${percent(c.count, c.seen)} del grupo de opinión ${groupLetter(c.group)} estuvo ${c.direction === 'agree' ? 'de acuerdo' : 'en desacuerdo'}`;
      break;
    case 'top_idea': {
      const mean = new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(c.mean);
      finding = isEnglish ? `rated ${mean} of 5 on average by ${c.ratings} participants` : `calificada con ${mean} de 5 en promedio por ${c.ratings} participantes`;
      break;
    }
  }
  return options.prompt === undefined ? `${quote[language](c.text)} — ${finding}` : `${quote[language](c.text)} — ${finding} ${source[language](options.prompt)}`;
}

/** Each statement once, under the first (strongest) thing found of it: what a plan's picker offers and the summary prints. */
export function oncePerStatement<T extends { statementId: string }>(findings: readonly T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.statementId) && (seen.add(finding.statementId), true));
}
