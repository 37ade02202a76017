import type { RouteObject } from 'react-router';
import type { DomainRoutes } from '../app/web-domain';
import { EvidenceAreaGuard } from './evidence-area-guard';

/* The data area is its own chunk, loaded when first opened. */
const area = () => import('./evidence-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/**
 * /o/:organizationId/data: the district's data files, one file with its mapping step, the schools
 * and student groups the files name, the indicators read from them, and the data retreats run on them.
 */
const dataRoutes: RouteObject[] = [
  {
    path: 'data',
    element: <EvidenceAreaGuard />,
    children: [
      { index: true, lazy: page('DatasetsListPage') },
      { path: 'datasets/:datasetId', lazy: page('DatasetPage') },
      { path: 'schools', lazy: page('SchoolsInFilesPage') },
      { path: 'groups', lazy: page('GroupsInFilesPage') },
      { path: 'indicators', lazy: page('IndicatorsPage') },
      { path: 'instructional-focus/:cycleId', lazy: page('InstructionalFocusPage') },
      { path: 'retreats', lazy: page('RetreatsListPage') },
      { path: 'retreats/:retreatId', lazy: page('RetreatBoardPage') },
    ],
  },
];

/** The evidence domain's pages. */
export const evidenceRoutes: DomainRoutes = { organization: dataRoutes };
