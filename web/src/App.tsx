import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ApiTokensPage } from './account/apiTokens/ApiTokensPage';
import { SignInPage } from './account/SignInPage';
import { SecurityPage } from './account/SecurityPage';
import { NotificationSettingsPage } from './account/NotificationSettingsPage';
import { AppShell } from './components/AppShell';
import { HomeRedirect } from './components/HomeRedirect';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireSignIn } from './components/RequireSignIn';
import { MarketplacePage } from './faces/marketplace/MarketplacePage';
import { ListingPage } from './faces/marketplace/ListingPage';
import { LaunchPage } from './faces/launch/LaunchPage';
import { MyAppsPage } from './faces/apps/MyAppsPage';
import { LoadingState } from './components/LoadingState';

/**
 * The signed-in faces load when first opened, so a marketplace visitor or a user
 * launching an app downloads neither the Admin Center nor Partner Center.
 */
const AdminRoutes = lazy(() => import('./faces/admin/AdminRoutes'));
const PartnerRoutes = lazy(() => import('./faces/partner/PartnerRoutes'));
const OperatorRoutes = lazy(() => import('./faces/operator/OperatorRoutes'));

function LazyFace({ face: Face, label }: { face: ComponentType; label: string }) {
  return (
    <Suspense fallback={<LoadingState label={label} />}>
      <Face />
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/signin" element={<SignInPage />} />
      <Route element={<AppShell />}>
        <Route path="/marketplace" element={<MarketplacePage />} />
        <Route path="/marketplace/offers/:slug" element={<ListingPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/admin/*" element={<LazyFace face={AdminRoutes} label="Loading the Admin Center…" />} />
          <Route path="/partner/*" element={<LazyFace face={PartnerRoutes} label="Loading Partner Center…" />} />
          <Route path="/operator/*" element={<LazyFace face={OperatorRoutes} label="Loading the Operator console…" />} />
          <Route path="/account/api-tokens" element={<ApiTokensPage />} />
          <Route path="/account/security" element={<SecurityPage />} />
          <Route path="/account/notifications" element={<NotificationSettingsPage />} />
          <Route path="/apps" element={<MyAppsPage />} />
          <Route path="/launch/:tenantId/:appModule" element={<LaunchPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
