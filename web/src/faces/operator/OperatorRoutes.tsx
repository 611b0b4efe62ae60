import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../components/NotFoundPage';
import { RequireAccess } from '../../components/RequireAccess';
import { operator } from '../../session/access';
import { TenantDetailPage } from './TenantDetailPage';
import { TenantsPage } from './TenantsPage';
import { ApplicationsPage } from './program/ApplicationsPage';

/** The Operator console: tenants and partner program applications. Loaded when the face is first opened. */
export default function OperatorRoutes() {
  return (
    <Routes>
      <Route element={<RequireAccess rule={operator} area="the Operator console" />}>
        <Route index element={<Navigate to="tenants" replace />} />
        <Route path="tenants" element={<TenantsPage />} />
        <Route path="tenants/:tenantId" element={<TenantDetailPage />} />
        <Route path="program" element={<ApplicationsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
