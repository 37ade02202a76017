import type { Locale } from '../i18n/format-message.js';

/**
 * ESSA's four levels of evidence (ESEA section 8101(21)), in the words districts read them in. The
 * bank shows them, and a strategy copied into a plan cites its study with them.
 */
export const essaTierWords: Record<Locale, Record<1 | 2 | 3 | 4, string>> = {
  en: { 1: 'Tier 1: strong evidence', 2: 'Tier 2: moderate evidence', 3: 'Tier 3: promising evidence', 4: 'Tier 4: demonstrates a rationale' },
  es: { 1: 'Nivel 1: evidencia sólida', 2: 'Nivel 2: evidencia moderada', 3: 'Nivel 3: evidencia prometedora', 4: 'Nivel 4: demuestra una justificación' },
};

/** The evidence line a copied strategy cites: "ESSA Tier 2: moderate evidence. <study>". */
export function essaEvidenceText(tier: number, studyCitation: string, language: Locale): string {
  const words = essaTierWords[language][tier as 1 | 2 | 3 | 4];
  if (!words) throw new RangeError(`ESSA tiers are 1 to 4, not ${tier}`);
  return `ESSA ${words}. ${studyCitation}`;
}
