import { useT } from '../../app/i18n/i18n-provider';
import { PageHeader } from '../../app/ui/page-header';
import { ApiTokensSection } from './api-tokens-section';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SessionsSection } from './sessions-section';

/** What belongs to the person rather than to an organization: name, language, password, tokens. */
export function AccountPage() {
  const t = useT();
  return (
    <div className="stack-lg">
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <ProfileForm />
      <PasswordForm />
      <ApiTokensSection />
      <SessionsSection />
    </div>
  );
}
