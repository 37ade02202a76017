import { Outlet, type RouteObject } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/* The focus-group pages are one chunk, loaded when first opened. */
const area = () => import('./focus-groups-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/** Focus groups belong to a district's planning cycles; elsewhere the explanation page says why there are none. */
function FocusGroupsGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('engagement.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}

/**
 * /o/:organizationId/engagement/focus-groups: the cycle's focus groups, the protocols, the notes
 * page of one focus group and the cycle's codebook with the synthesis table.
 */
export const focusGroupRoutes: RouteObject[] = [
  {
    path: 'engagement/focus-groups',
    element: <FocusGroupsGuard />,
    children: [
      { index: true, lazy: page('FocusGroupsPage') },
      { path: 'protocols', lazy: page('ProtocolsPage') },
      { path: 'cycles/:cycleId/groups/:focusGroupId', lazy: page('NotesPage') },
      { path: 'cycles/:cycleId/synthesis', lazy: page('SynthesisPage') },
    ],
  },
];
