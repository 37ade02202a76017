import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './app/design/index.css';
import { joinDictionaries } from './app/i18n/dictionaries';
import { I18nProvider } from './app/i18n/i18n-provider';
import { OrganizationAreasProvider, organizationAreasOf } from './app/layout/navigation-items';
import { createAppRouter } from './app/router';
import { SessionProvider } from './app/session';
import { Loading } from './app/ui/loading';
import { ServerUnavailable } from './app/server-unavailable';
import { AnnouncerProvider } from './app/ui/announcer';
import { domains } from './domains';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/* Built once from the domain list: every domain's pages, words and menu areas (see domains.ts). */
const router = createAppRouter(domains);
const dictionaries = joinDictionaries(domains);
const organizationAreas = organizationAreasOf(domains);

createRoot(root).render(
  <StrictMode>
    <I18nProvider dictionaries={dictionaries}>
      <AnnouncerProvider>
        <SessionProvider fallback={<Loading isFullPage />} failure={(error, retry) => <ServerUnavailable error={error} onRetry={retry} />}>
          <OrganizationAreasProvider areas={organizationAreas}>
            <RouterProvider router={router} />
          </OrganizationAreasProvider>
        </SessionProvider>
      </AnnouncerProvider>
    </I18nProvider>
  </StrictMode>,
);
