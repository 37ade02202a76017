import { useEffect, useId, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-provider';
import { Icon, BrandMark } from '../ui/icons';
import { AccountMenu } from './account-menu';
import { useNavigationOrganization } from './current-organization';
import { LanguageSwitcher } from './language-switcher';
import { OrganizationSwitcher } from './organization-switcher';
import { PrimaryNavigation } from './primary-navigation';
import { SkipLink, AppFooter, useFocusOnNavigation } from './page-frame';

/** The signed-in frame: brand bar, area navigation, the page, a footer. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const organization = useNavigationOrganization();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const navId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  useFocusOnNavigation(mainRef);

  // A phone user who picked a destination wants to see it, not the open menu.
  useEffect(() => setIsMenuOpen(false), [location.pathname]);

  return (
    <div className="app-shell" data-menu-open={isMenuOpen}>
      <SkipLink />
      <header className="app-header">
        <div className="app-header-bar">
          <Link className="brand" to={organization ? `/o/${organization.id}` : '/account'}>
            <BrandMark />
            Waymark
          </Link>
          <div className="header-switchers">
            <OrganizationSwitcher />
            <LanguageSwitcher className="header-field push-end" />
          </div>
          <AccountMenu />
          <button
            ref={menuButtonRef}
            type="button"
            className="header-button menu-toggle"
            aria-expanded={isMenuOpen}
            aria-controls={navId}
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            <Icon name={isMenuOpen ? 'close' : 'menu'} />
            {t('header.menu')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <PrimaryNavigation
          id={navId}
          organization={organization}
          onEscape={() => {
            if (!isMenuOpen) return;
            setIsMenuOpen(false);
            menuButtonRef.current?.focus();
          }}
        />
        <div className="app-main">
          <main id="main" ref={mainRef} className="page" tabIndex={-1}>
            <Outlet />
          </main>
          <AppFooter />
        </div>
      </div>
    </div>
  );
}
