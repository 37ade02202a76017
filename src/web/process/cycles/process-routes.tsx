import { Outlet, type RouteObject } from 'react-router';
import { ProcessAreaGuard } from './process-area-guard';

/* The process area is its own chunk, loaded when first opened. */
const area = () => import('./process-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/** The planning cycles under /o/:organizationId/process: the list, and one cycle with its sections. */
export const processAreaRoutes: RouteObject[] = [
  {
    path: 'process',
    element: (
      <ProcessAreaGuard>
        <Outlet />
      </ProcessAreaGuard>
    ),
    children: [
      { index: true, lazy: page('CyclesListPage') },
      {
        path: ':cycleId',
        lazy: page('CycleLayout'),
        children: [
          { index: true, lazy: page('CyclePage') },
          { path: 'committee', lazy: page('CommitteePage') },
          { path: 'sessions', lazy: page('SessionsPage') },
          { path: 'sessions/:sessionId', lazy: page('SessionPage') },
          { path: 'engagement', lazy: page('StakeholdersPage') },
          { path: 'norms', lazy: page('NormsPage') },
          { path: 'outreach', lazy: page('OutreachPage') },
        ],
      },
    ],
  },
];
