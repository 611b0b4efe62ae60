import { AppsListRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/**
 * The public catalog of apps. Publishing offers is not part of LicenseHub yet,
 * so there is nothing to list: the page says so rather than showing samples.
 */
export function MarketplacePage() {
  return (
    <>
      <PageHeader title="Marketplace" description="Find apps for your organization from publishers on this platform." />
      <EmptyState
        icon={<AppsListRegular />}
        title="No offers are published yet"
        message="When publishers publish their apps, you'll find them here, with their plans and how to get them."
      />
    </>
  );
}
