import type { ApiError } from './api';
import { useT } from './i18n/i18n-provider';
import { Button } from './ui/button';
import { useErrorMessage } from './ui/error-message';
import { BrandMark } from './ui/icons';
import { usePageTitle } from './ui/page-header';

/** Shown when the first requests fail: the server is down or unreachable, so nothing else can work. */
export function ServerUnavailable({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  const describe = useErrorMessage();
  usePageTitle(t('unavailable.title'));
  return (
    <div className="public-shell">
      <header className="app-header">
        <div className="app-header-bar">
          <span className="brand">
            <BrandMark />
            Waymark
          </span>
        </div>
      </header>
      <main id="main" className="public-main">
        <div className="card public-card stack">
          <h1>{t('unavailable.title')}</h1>
          <p className="muted">{t('unavailable.text')}</p>
          <p className="mono">{describe(error)}</p>
          <div>
            <Button variant="primary" onClick={onRetry}>
              {t('action.tryAgain')}
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
