import { useRef } from 'react';
import { Link, Outlet } from 'react-router';
import { BrandMark } from '../ui/icons';
import { LanguageSwitcher } from './language-switcher';
import { AppFooter, SkipLink, useFocusOnNavigation } from './page-frame';

/** The frame of the signed-out pages (sign-in, setup, invitations): brand, language, one card. */
export function PublicLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  return (
    <div className="public-shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header-bar">
          <Link className="brand" to="/">
            <BrandMark />
            Waymark
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" ref={mainRef} className="public-main" tabIndex={-1}>
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
