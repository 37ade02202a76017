import { RequireOperator, RequirePermission } from '../app/guards';
import type { DomainRoutes } from '../app/web-domain';
import { AccountPage } from './account/account-page';
import { AuditPage } from './audit/audit-page';
import { OverviewPage } from './organizations/overview-page';
import { SettingsPage } from './organizations/settings-page';
import { InstanceOutboxPage, OrganizationOutboxPage } from './outbox/outbox-page';
import { PeoplePage } from './people/people-page';
import { SetupPage } from './setup/setup-page';
import { AcceptInvitationPage, OldInvitationLink } from './sign-in/accept-invitation-page';
import { ForgotPasswordPage } from './sign-in/forgot-password-page';
import { ResetPasswordPage } from './sign-in/reset-password-page';
import { SignInPage } from './sign-in/sign-in-page';

/**
 * The platform's pages: first-run setup, signing in, the account, and an organization's overview,
 * people, audit log, outbox and settings. They are in the main chunk: nearly every visit needs one.
 */
export const platformRoutes: DomainRoutes = {
  beforeSetup: [{ path: '/setup', element: <SetupPage /> }],
  public: [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/forgot-password', element: <ForgotPasswordPage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/invitations', element: <AcceptInvitationPage /> },
    { path: '/invitations/:token', element: <OldInvitationLink /> },
  ],
  signedIn: [
    { path: '/account', element: <AccountPage /> },
    { path: '/outbox', element: <RequireOperator><InstanceOutboxPage /></RequireOperator> },
  ],
  organization: [
    { index: true, element: <RequirePermission permission="organization.read"><OverviewPage /></RequirePermission> },
    { path: 'people', element: <RequirePermission permission="members.read"><PeoplePage /></RequirePermission> },
    { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
    { path: 'outbox', element: <RequirePermission permission="outbox.read"><OrganizationOutboxPage /></RequirePermission> },
    { path: 'settings', element: <RequirePermission permission="organization.manage"><SettingsPage /></RequirePermission> },
  ],
};
