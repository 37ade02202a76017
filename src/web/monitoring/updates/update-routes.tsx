import { Outlet, type RouteObject } from 'react-router';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';

/* Each page is its own small chunk: an owner following a mailed link downloads the form and no more. */
const myUpdatesPage = async () => ({ Component: (await import('./my-updates-page')).MyUpdatesPage });
const updateFormPage = async () => ({ Component: (await import('./update-form-page')).UpdateFormPage });
const updateLinkPage = async () => ({ Component: (await import('./update-link-page')).UpdateLinkPage });

/** Updates belong to a district's adopted plans; elsewhere the explanation page says so. */
function UpdatesGuard() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind !== 'district' || !organization.permissions.includes('monitoring.read')) return <NoAccessPage reason="permission" />;
  return <Outlet />;
}

/** /o/:organizationId/updates: My updates, and the update form of one measure or action. */
export const updateRoutes: RouteObject[] = [
  {
    path: 'updates',
    element: <UpdatesGuard />,
    children: [
      { index: true, lazy: myUpdatesPage },
      { path: ':planId/:elementKey', lazy: updateFormPage },
    ],
  },
];

/** /update/:token, the form a mailed link opens without a password (inside the public layout). */
export const updateLinkRoutes: RouteObject[] = [{ path: '/update/:token', lazy: updateLinkPage }];
