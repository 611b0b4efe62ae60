import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The same module instance as index.html's first script: its early answers are taken from here.
import './boot/early';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { AppErrorBoundary } from './components/AppErrorBoundary';
import { CountriesProvider } from './components/Countries';
import { NotificationsProvider } from './components/Notifications';
import { SessionProvider } from './session/SessionContext';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <BrowserRouter>
        <SessionProvider>
          <CountriesProvider>
            <NotificationsProvider>
              <AppErrorBoundary>
                <App />
              </AppErrorBoundary>
            </NotificationsProvider>
          </CountriesProvider>
        </SessionProvider>
      </BrowserRouter>
    </FluentProvider>
  </StrictMode>,
);
