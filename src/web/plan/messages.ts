import type { Translations } from '../app/i18n/translations';
import { plansEn, plansEs } from './plans/plans.messages';
import { planLifecycleEn, planLifecycleEs } from './lifecycle/plan-lifecycle.messages';
import { planOutlineEn, planOutlineEs } from './outline/plan-outline.messages';
import { planFieldsEn, planFieldsEs } from './fields/plan-fields.messages';
import { planDetailsEn, planDetailsEs } from './details/plan-details.messages';
import { planViewsEn, planViewsEs } from './views/plan-views.messages';
import { ownersEn, ownersEs } from './owners/owners.messages';
import { evidenceCoverageEn, evidenceCoverageEs } from './views/evidence-coverage.messages';

/*
 * The plan domain's words: the plans list and each plan's workspace (lifecycle, outline, fields, details, views, owners).
 * English is the reference; the Spanish is typed against it, so no key can be missing.
 */
const en = { ...plansEn, ...planLifecycleEn, ...planOutlineEn, ...planFieldsEn, ...planDetailsEn, ...planViewsEn, ...ownersEn, ...evidenceCoverageEn };
const es: Translations<typeof en> = { ...plansEs, ...planLifecycleEs, ...planOutlineEs, ...planFieldsEs, ...planDetailsEs, ...planViewsEs, ...ownersEs, ...evidenceCoverageEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const planMessages = { en, es };

type PlanEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends PlanEnglish {}
}
