import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { missingTranslations } from '../../../core/engagement/missing-translations.js';
import type { SurveyRow } from './surveys.repo.js';
import { effectiveStatus, publicUrlOf } from './survey-life.js';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** A survey in the district's list: what it is, where it stands, how many answered. */
export function presentSurveySummary(row: SurveyRow, now = new Date()) {
  const document = row.document as SurveyDocument;
  return {
    id: row.id,
    title: row.title,
    status: effectiveStatus(row, now),
    mode: document.mode,
    languages: document.languages,
    public_code: row.public_code,
    opens_at: iso(row.opens_at),
    closes_at: iso(row.closes_at),
    cycle_id: row.cycle_id,
    engagement_entry_id: row.engagement_entry_id,
    starter_key: row.starter_key,
    responses: Number(row.responses ?? 0),
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  };
}

/** One survey whole: its document, its link, and the translations it still lacks. */
export function presentSurvey(row: SurveyRow, publicUrl: string, now = new Date()) {
  const document = row.document as SurveyDocument;
  return {
    ...presentSurveySummary(row, now),
    document,
    public_url: publicUrlOf(publicUrl, row.public_code),
    opened_at: iso(row.opened_at),
    closed_at: iso(row.closed_at),
    missing_translations: missingTranslations(document),
    version: row.version,
  };
}

/** The first language's title, for lists and search (the document keeps every language's). */
export function titleOf(document: SurveyDocument): string {
  return document.title[document.languages[0]!] ?? Object.values(document.title)[0] ?? '';
}
