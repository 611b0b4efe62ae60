import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
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
              <App />
            </NotificationsProvider>
          </CountriesProvider>
        </SessionProvider>
      </BrowserRouter>
    </FluentProvider>
  </StrictMode>,
);
