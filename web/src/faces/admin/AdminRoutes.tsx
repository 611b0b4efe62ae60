import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../components/NotFoundPage';
import { RequireAccess } from '../../components/RequireAccess';
import { directoryWriter, licenseAssigner, tenantAdmin } from '../../session/access';
import { AdminHomePage } from './AdminHomePage';
import { AuditLogPage } from './audit/AuditLogPage';
import { EnvironmentsPage } from './environments/EnvironmentsPage';
import { IdentityPage } from './identity/IdentityPage';
import { GroupDetailPage } from './groups/GroupDetailPage';
import { GroupsPage } from './groups/GroupsPage';
import { LicenseRequestsPage } from './licenseRequests/LicenseRequestsPage';
import { LicensesPage } from './licenses/LicensesPage';
import { ProductDetailPage } from './licenses/ProductDetailPage';
import { AcceptInvitationPage } from './relationships/AcceptInvitationPage';
import { RelationshipsPage } from './relationships/RelationshipsPage';
import { UserDetailDrawer } from './users/UserDetailDrawer';
import { UsersPage } from './users/UsersPage';
import { UserImportPage } from './users/import/UserImportPage';

/** The Admin Center: customer admins manage their directory, licenses, environments and relationships. Loaded when the face is first opened. */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route element={<RequireAccess rule={tenantAdmin} area="the Admin Center" />}>
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
        <Route
          path="identity"
          element={
            <RequireAccess rule={directoryWriter} area="identity">
              <IdentityPage />
            </RequireAccess>
          }
        />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
