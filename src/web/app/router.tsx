import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../platform/account/account-page';
import { AuditPage } from '../platform/audit/audit-page';
import { AcceptInvitationPage } from '../platform/sign-in/accept-invitation-page';
import { ForgotPasswordPage } from '../platform/sign-in/forgot-password-page';
import { ResetPasswordPage } from '../platform/sign-in/reset-password-page';
import { SignInPage } from '../platform/sign-in/sign-in-page';
import { OverviewPage } from '../platform/organizations/overview-page';
import { SettingsPage } from '../platform/organizations/settings-page';
import { InstanceOutboxPage, OrganizationOutboxPage } from '../platform/outbox/outbox-page';
import { PeoplePage } from '../platform/people/people-page';
import { planRoutes } from '../plan/plans/plan-routes';
import { processRoutes } from '../process/cycles/process-routes';
import { taskRoutes } from '../process/tasks/tasks-routes';
import { updateLinkRoutes, updateRoutes } from '../monitoring/updates/update-routes';
import { publicSiteRoutes } from '../monitoring/public-site/public-site-routes';
import { SetupPage } from '../platform/setup/setup-page';
import { HomeRedirect, RequireOperator, RequireOrganization, RequirePermission, RequireSession, RequireSetupDone } from './guards';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { NoAccessPage } from './no-access-page';

/**
 * Every page of the application. Organization pages carry the organization in the URL
 * (/o/:organizationId/...) so that any page can be bookmarked or sent to a colleague.
 */
export const router = createBrowserRouter([
  { path: '/setup', element: <PublicLayout />, children: [{ index: true, element: <SetupPage /> }] },
  {
    element: <RequireSetupDone />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
          { path: '/invitations/:token', element: <AcceptInvitationPage /> },
          ...updateLinkRoutes,
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { path: '/account', element: <AccountPage /> },
              { path: '/outbox', element: <RequireOperator><InstanceOutboxPage /></RequireOperator> },
              {
                path: '/o/:organizationId',
                element: <RequireOrganization />,
                children: [
                  { index: true, element: <RequirePermission permission="organization.read"><OverviewPage /></RequirePermission> },
                  ...planRoutes,
                  ...processRoutes,
                  ...taskRoutes,
                  ...updateRoutes,
                  ...publicSiteRoutes,
                  { path: 'people', element: <RequirePermission permission="members.read"><PeoplePage /></RequirePermission> },
                  { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
                  { path: 'outbox', element: <RequirePermission permission="outbox.read"><OrganizationOutboxPage /></RequirePermission> },
                  { path: 'settings', element: <RequirePermission permission="organization.manage"><SettingsPage /></RequirePermission> },
                ],
              },
              { path: '*', element: <NoAccessPage reason="not_found" /> },
            ],
          },
        ],
      },
    ],
  },
]);
