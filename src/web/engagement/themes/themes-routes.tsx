import type { RouteObject } from 'react-router';
import { EngagementAreaGuard } from '../surveys/engagement-area-guard';

const answersPage = async () => ({ Component: (await import('./answers-page')).AnswersPage });

/**
 * /o/:organizationId/engagement/surveys/:surveyId/answers/:questionKey: a text question's answers
 * and themes, a page of its own (reached from the question's results) rather than a survey tab.
 */
export const themesRoutes: RouteObject[] = [{ path: 'engagement/surveys/:surveyId/answers/:questionKey', element: <EngagementAreaGuard />, children: [{ index: true, lazy: answersPage }] }];
