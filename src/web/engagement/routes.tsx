import type { RouteObject } from 'react-router';
import type { DomainRoutes } from '../app/web-domain';
import { conversationRoutes } from './conversations/conversation-routes';
import { focusGroupRoutes } from './focus-groups/focus-group-routes';
import { populationRoutes } from './population/population-routes';
import { themesRoutes } from './themes/themes-routes';
import { EngagementAreaGuard } from './surveys/engagement-area-guard';

/* The engagement area is its own chunk, loaded when first opened. */
const area = () => import('./surveys/engagement-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/**
 * /o/:organizationId/engagement: the district's surveys, its engagement settings, and one survey
 * with its tabs (builder, translations, preview, open and share, results) and the paper form.
 */
const engagementAreaRoutes: RouteObject[] = [
  {
    path: 'engagement',
    element: <EngagementAreaGuard />,
    children: [
      { index: true, lazy: page('SurveysListPage') },
      { path: 'settings', lazy: page('EngagementSettingsPage') },
      {
        path: 'surveys/:surveyId',
        lazy: page('SurveyLayout'),
        children: [
          { index: true, lazy: page('BuilderPage') },
          { path: 'translations', lazy: page('TranslationsPage') },
          { path: 'preview', lazy: page('PreviewPage') },
          { path: 'share', lazy: page('SharePage') },
          { path: 'paper', lazy: page('PaperFormPage') },
          { path: 'results', lazy: page('ResultsPage') },
          { path: 'representation', lazy: page('RepresentationPage') },
          { path: 'compare', lazy: page('ComparisonPage') },
        ],
      },
    ],
  },
];

/** The engagement domain's pages: surveys, and the population they are compared with. */
export const engagementRoutes: DomainRoutes = { organization: [...engagementAreaRoutes, ...populationRoutes, ...themesRoutes, ...focusGroupRoutes, ...conversationRoutes] };
