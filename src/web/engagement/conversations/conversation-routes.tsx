import type { RouteObject } from 'react-router';
import { EngagementAreaGuard } from '../surveys/engagement-area-guard';

/* The conversation pages are one chunk, loaded when first opened. */
const area = () => import('./conversations-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/**
 * /o/:organizationId/engagement/conversations: the district's conversations, and one conversation
 * with its tabs (settings, statements and moderation, import from Polis, opinion groups).
 */
export const conversationRoutes: RouteObject[] = [
  {
    path: 'engagement/conversations',
    element: <EngagementAreaGuard />,
    children: [
      { index: true, lazy: page('ConversationsListPage') },
      {
        path: ':conversationId',
        lazy: page('ConversationLayout'),
        children: [
          { index: true, lazy: page('ConversationSettingsPage') },
          { path: 'statements', lazy: page('StatementsPage') },
          { path: 'import', lazy: page('ImportPage') },
          { path: 'opinion-groups', lazy: page('OpinionGroupsPage') },
          { path: 'themes', lazy: async () => ({ Component: (await import('./themes/conversation-themes-page')).ConversationThemesPage }) },
          { path: 'results', lazy: async () => ({ Component: (await import('./results/conversation-results-page')).ConversationResultsPage }) },
        ],
      },
    ],
  },
];
