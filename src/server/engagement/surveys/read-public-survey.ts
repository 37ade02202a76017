import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { AppError } from '../../errors.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { effectiveStatus, isAcceptingResponses, normalizePublicCode } from './survey-life.js';
import { findSurveyByCode } from './open-survey-lookup.js';
import { groupRefsOf } from './group-refs.js';

export interface PublicSurvey {
  surveyId: string;
  organizationId: string;
  organizationName: string;
  code: string;
  /** Without `extensions`: other tools' data is not the respondent's business. */
  document: SurveyDocument;
  closesAt: Date | null;
  /** The refs of the group links of its cycle's stakeholder groups (?g=), to each group's id. */
  groupRefs: ReadonlyMap<string, string>;
}

// A person reads these on a phone: what happened and what (not) to do, not a status code.
const words = {
  en: {
    notFound: 'There is no open survey at this address. Check the link, or ask whoever sent it.',
    notYet: (date: string) => `This survey opens on ${date}. Please come back then.`,
    closed: (date: string) => `This survey closed on ${date}. Thank you for your interest.`,
    closedUndated: 'This survey has closed. Thank you for your interest.',
  },
  es: {
    notFound: 'No hay ninguna encuesta abierta en esta dirección. Revise el enlace o pregunte a quien se lo envió.',
    notYet: (date: string) => `Esta encuesta se abre el ${date}. Vuelva entonces, por favor.`,
    closed: (date: string) => `Esta encuesta se cerró el ${date}. Gracias por su interés.`,
    closedUndated: 'Esta encuesta ya se cerró. Gracias por su interés.',
  },
} satisfies Record<Locale, unknown>;

const longDate = (date: Date, language: Locale) => new Intl.DateTimeFormat(language === 'es' ? 'es' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/**
 * What a respondent needs to answer a survey, found by its public code: 404 for an unknown code,
 * a draft or a survey not open yet, 410 for a closed one, each with a message a person
 * understands, in the reader's language (English or Spanish).
 */
export async function readPublicSurvey(options: { db: Kysely<DB>; code: string; preview?: false; language?: Locale; now?: Date }): Promise<PublicSurvey> {
  const survey = await findAcceptingSurvey(options);
  const organization = await findOrganization(options.db, survey.organizationId);
  return { ...survey, organizationName: organization?.name ?? '' };
}

/** The survey behind a code if it takes responses now (what ingest needs: no organization name), else 404/410 as readPublicSurvey. */
export async function findAcceptingSurvey(options: { db: Kysely<DB>; code: string; language?: Locale; now?: Date }): Promise<Omit<PublicSurvey, 'organizationName'>> {
  const language = options.language ?? 'en';
  const now = options.now ?? new Date();
  const code = normalizePublicCode(options.code);
  const survey = code ? await findSurveyByCode(options.db, code) : undefined;
  if (!code || !survey || survey.status === 'draft') throw new AppError('not_found', words[language].notFound);
  if (effectiveStatus(survey, now) === 'closed') {
    const closedOn = survey.closed_at ?? survey.closes_at;
    throw new AppError('gone', closedOn ? words[language].closed(longDate(closedOn, language)) : words[language].closedUndated);
  }
  if (!isAcceptingResponses(survey, now)) throw new AppError('not_found', words[language].notYet(longDate(survey.opens_at!, language)));
  return { surveyId: survey.id, organizationId: survey.organization_id, code, document: respondentDocument(survey), closesAt: survey.closes_at, groupRefs: groupRefsFor(survey) };
}

/** Worked out once per looked-up survey, like its document: ingest resolves a group link's ref with no query of its own. */
const surveyGroupRefs = new WeakMap<object, ReadonlyMap<string, string>>();
function groupRefsFor(survey: { id: string; stakeholder_group_ids: string[] | null }): ReadonlyMap<string, string> {
  let refs = surveyGroupRefs.get(survey);
  if (!refs) {
    refs = groupRefsOf(survey.id, survey.stakeholder_group_ids ?? []);
    surveyGroupRefs.set(survey, refs);
  }
  return refs;
}

/**
 * A looked-up survey's document without `extensions`, made once per lookup: a remembered survey
 * serves every response for seconds (open-survey-lookup.ts), as its nested texts already did.
 */
const respondentDocuments = new WeakMap<object, SurveyDocument>();
function respondentDocument(survey: { document: unknown }): SurveyDocument {
  let document = respondentDocuments.get(survey);
  if (!document) {
    const { extensions: _extensions, ...rest } = survey.document as SurveyDocument;
    document = rest;
    respondentDocuments.set(survey, document);
  }
  return document;
}
