import { Outlet, type RouteObject } from 'react-router';
import { ProcessAreaGuard } from './process-area-guard';

/* The process area is its own chunk, loaded when first opened. */
const area = () => import('./process-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/** The planning cycles under /o/:organizationId/process: the list, and one page per cycle. */
export const processRoutes: RouteObject[] = [
  {
    path: 'process',
    element: (
      <ProcessAreaGuard>
        <Outlet />
      </ProcessAreaGuard>
    ),
    children: [
      { index: true, lazy: page('CyclesListPage') },
      { path: ':cycleId', lazy: page('CyclePage') },
    ],
  },
];
