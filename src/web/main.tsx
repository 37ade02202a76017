import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './app/design/index.css';
import { I18nProvider } from './app/i18n/i18n-provider';
import { router } from './app/router';
import { SessionProvider } from './app/session';
import { Loading } from './app/ui/loading';
import { ServerUnavailable } from './app/server-unavailable';
import { AnnouncerProvider } from './app/ui/announcer';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AnnouncerProvider>
        <SessionProvider fallback={<Loading isFullPage />} failure={(error, retry) => <ServerUnavailable error={error} onRetry={retry} />}>
          <RouterProvider router={router} />
        </SessionProvider>
      </AnnouncerProvider>
    </I18nProvider>
  </StrictMode>,
);
