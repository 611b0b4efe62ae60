import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from '../../components/LoadingState';
import { NotFoundPage } from '../../components/NotFoundPage';
import { RequireAccess } from '../../components/RequireAccess';
import { publisher, publisherDealWriter, publisherReader } from '../../session/access';
import { PartnerAccountPage } from './PartnerAccountPage';
import { PartnerHomePage } from './PartnerHomePage';
import { CustomersPage } from './customers/CustomersPage';
import { DealDetailPage } from './deals/DealDetailPage';
import { DealsPage } from './deals/DealsPage';
import { EditDealPage } from './deals/EditDealPage';
import { RegisterDealPage } from './deals/RegisterDealPage';
import { LeadDetailDrawer } from './leads/LeadDetailDrawer';
import { LeadsPage } from './leads/LeadsPage';
import { ListingPreviewPage } from './offers/ListingPreviewPage';
import { OfferPage } from './offers/OfferPage';
import { OffersPage } from './offers/OffersPage';
import { ProgramPage } from './program/ProgramPage';
import { WebhooksPage } from './webhooks/WebhooksPage';

/** Reports bring ECharts and the world map: loaded only when a publisher opens them. */
const ReportsPage = lazy(() => import('./reports/ReportsPage'));

/** Partner Center: publishers enroll, build and publish offers, work leads, register deals and read reports. Loaded when the face is first opened. */
export default function PartnerRoutes() {
  return (
    <Routes>
      <Route element={<RequireAccess rule={publisher} area="Partner Center" />}>
        <Route index element={<PartnerHomePage />} />
        <Route path="account" element={<PartnerAccountPage />} />
        <Route path="program" element={<ProgramPage />} />
        <Route path="offers" element={<OffersPage />} />
        <Route path="offers/:offerKey" element={<OfferPage />} />
        <Route path="offers/:offerKey/preview" element={<ListingPreviewPage />} />
        <Route path="offers/:offerKey/:tab" element={<OfferPage />} />
        <Route path="leads" element={<LeadsPage />}>
          <Route path=":leadId" element={<LeadDetailDrawer />} />
        </Route>
        <Route element={<RequireAccess rule={publisherReader} area="customers and deals" />}>
          <Route path="customers" element={<CustomersPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="deals" element={<DealsPage />} />
          <Route path="deals/:dealId" element={<DealDetailPage />} />
          <Route
            path="reports"
            element={
              <Suspense fallback={<LoadingState label="Loading reports…" />}>
                <ReportsPage />
              </Suspense>
            }
          />
          <Route element={<RequireAccess rule={publisherDealWriter} area="registering deals" />}>
            <Route path="deals/new" element={<RegisterDealPage />} />
            <Route path="deals/:dealId/edit" element={<EditDealPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
