import { Navigate, Route, Routes } from 'react-router-dom';
import { ApiTokensPage } from './account/apiTokens/ApiTokensPage';
import { SignInPage } from './account/SignInPage';
import { AppShell } from './components/AppShell';
import { HomeRedirect } from './components/HomeRedirect';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireAccess } from './components/RequireAccess';
import { RequireSignIn } from './components/RequireSignIn';
import { AdminHomePage } from './faces/admin/AdminHomePage';
import { AuditLogPage } from './faces/admin/audit/AuditLogPage';
import { GroupDetailPage } from './faces/admin/groups/GroupDetailPage';
import { GroupsPage } from './faces/admin/groups/GroupsPage';
import { UserDetailDrawer } from './faces/admin/users/UserDetailDrawer';
import { UserImportPage } from './faces/admin/users/import/UserImportPage';
import { UsersPage } from './faces/admin/users/UsersPage';
import { MarketplacePage } from './faces/marketplace/MarketplacePage';
import { TenantDetailPage } from './faces/operator/TenantDetailPage';
import { TenantsPage } from './faces/operator/TenantsPage';
import { PartnerAccountPage } from './faces/partner/PartnerAccountPage';
import { ProgramPage } from './faces/partner/program/ProgramPage';
import { OffersPage } from './faces/partner/offers/OffersPage';
import { OfferPage } from './faces/partner/offers/OfferPage';
import { ApplicationsPage } from './faces/operator/program/ApplicationsPage';
import { CustomersPage } from './faces/partner/customers/CustomersPage';
import { LicensesPage } from './faces/admin/licenses/LicensesPage';
import { ProductDetailPage } from './faces/admin/licenses/ProductDetailPage';
import { EnvironmentsPage } from './faces/admin/environments/EnvironmentsPage';
import { LicenseRequestsPage } from './faces/admin/licenseRequests/LicenseRequestsPage';
import { RelationshipsPage } from './faces/admin/relationships/RelationshipsPage';
import { AcceptInvitationPage } from './faces/admin/relationships/AcceptInvitationPage';
import { LaunchPage } from './faces/launch/LaunchPage';
import { DealsPage } from './faces/partner/deals/DealsPage';
import { RegisterDealPage } from './faces/partner/deals/RegisterDealPage';
import { DealDetailPage } from './faces/partner/deals/DealDetailPage';
import { EditDealPage } from './faces/partner/deals/EditDealPage';
import { directoryWriter, licenseAssigner, operator, publisher, publisherDealWriter, publisherReader, tenantAdmin } from './session/access';

export function App() {
  return (
    <Routes>
      <Route path="/signin" element={<SignInPage />} />
      <Route element={<AppShell />}>
        <Route path="/marketplace" element={<MarketplacePage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/admin" element={<RequireAccess rule={tenantAdmin} area="the Admin Center" />}>
            <Route index element={<AdminHomePage />} />
            <Route path="users" element={<UsersPage />}>
              <Route path=":userId" element={<UserDetailDrawer />} />
            </Route>
            <Route
              path="users/import"
              element={
                <RequireAccess rule={directoryWriter} area="importing users">
                  <UserImportPage />
                </RequireAccess>
              }
            />
            <Route path="groups" element={<GroupsPage />} />
            <Route path="groups/:groupId" element={<GroupDetailPage />} />
            <Route path="licenses" element={<LicensesPage />} />
            <Route path="licenses/:planId" element={<ProductDetailPage />} />
            <Route path="environments" element={<EnvironmentsPage />} />
            <Route
              path="license-requests"
              element={
                <RequireAccess rule={licenseAssigner} area="license requests">
                  <LicenseRequestsPage />
                </RequireAccess>
              }
            />
            <Route path="relationships" element={<RelationshipsPage />} />
            <Route path="relationships/accept" element={<AcceptInvitationPage />} />
            <Route path="audit" element={<AuditLogPage />} />
          </Route>
          <Route path="/partner" element={<RequireAccess rule={publisher} area="Partner Center" />}>
            <Route index element={<Navigate to="account" replace />} />
            <Route path="account" element={<PartnerAccountPage />} />
            <Route path="program" element={<ProgramPage />} />
            <Route path="offers" element={<OffersPage />} />
            <Route path="offers/:offerId" element={<OfferPage />} />
            <Route path="offers/:offerId/:tab" element={<OfferPage />} />
            <Route element={<RequireAccess rule={publisherReader} area="customers and deals" />}>
              <Route path="customers" element={<CustomersPage />} />
              <Route path="deals" element={<DealsPage />} />
              <Route path="deals/:dealId" element={<DealDetailPage />} />
              <Route element={<RequireAccess rule={publisherDealWriter} area="registering deals" />}>
                <Route path="deals/new" element={<RegisterDealPage />} />
                <Route path="deals/:dealId/edit" element={<EditDealPage />} />
              </Route>
            </Route>
          </Route>
          <Route path="/operator" element={<RequireAccess rule={operator} area="the Operator console" />}>
            <Route index element={<Navigate to="tenants" replace />} />
            <Route path="tenants" element={<TenantsPage />} />
            <Route path="tenants/:tenantId" element={<TenantDetailPage />} />
            <Route path="program" element={<ApplicationsPage />} />
          </Route>
          <Route path="/account/api-tokens" element={<ApiTokensPage />} />
          <Route path="/launch/:tenantId/:appModule" element={<LaunchPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
