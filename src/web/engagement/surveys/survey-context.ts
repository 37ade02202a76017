import { useOutletContext } from 'react-router';
import type { Resource } from '../../app/use-resource';
import type { SurveyDetail } from '../api-types';

/** What the survey's layout hands each of its pages: the survey, loaded once, and ways to refresh it. */
export interface SurveyContext {
  organizationId: string;
  survey: SurveyDetail;
  /** After a write whose answer is the survey: every tab sees the new version at once. */
  setSurvey: (survey: SurveyDetail) => void;
  reload: Resource<SurveyDetail>['reload'];
  canEdit: boolean;
  canManage: boolean;
}

export const useSurvey = () => useOutletContext<SurveyContext>();
