import type { PageTexts } from '../../../core/engagement/page-texts';
import type { EngagementSettings } from '../api-types';

/** The engagement settings with the respondent page's words in further languages (language → key → text). */
export interface DistrictEngagementSettings extends EngagementSettings {
  page_texts: PageTexts;
}
