import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n-provider';

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

export function AppFooter() {
  const t = useT();
  return (
    <footer className="app-footer">
      <span>{t('app.footer')}</span>
      <a href="/api/docs">{t('header.apiDocs')}</a>
    </footer>
  );
}

let isDocumentLoad = true;

/**
 * After a client-side navigation, focus moves to the new page's h1 (or to <main> while it loads),
 * as a full page load would: otherwise keyboard and screen-reader users stay on the old link.
 * The first render is skipped so focus starts at the top of the document like any page.
 */
export function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const location = useLocation();
  useEffect(() => {
    // Module-level, not per layout: moving from the signed-out frame to the signed-in one
    // (after sign-in) mounts a new layout, and that is a navigation too.
    if (isDocumentLoad) {
      isDocumentLoad = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    (heading ?? main).focus({ preventScroll: false });
    window.scrollTo({ top: 0 });
  }, [location.pathname, mainRef]);
}
