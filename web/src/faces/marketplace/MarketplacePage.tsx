import { Button, Dropdown, makeStyles, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { AppsListRegular, DismissRegular, SearchRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { searchMarketplace, type MarketplaceSort } from '../../api/marketplace';
import { choicesOf } from '../../components/choices';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { countOf } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { useApiResource } from '../../components/useApiResource';
import { useListQuery } from '../../components/useListQuery';
import { OfferCard } from './OfferCard';
import { useCategoryLabels } from './useCategoryLabels';

const PAGE_SIZE = 24;

const SORT_LABELS: Record<MarketplaceSort, string> = { relevance: 'Best match', name: 'Name (A–Z)', newest: 'Newest' };

const useStyles = makeStyles({
  finder: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalL },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  search: { width: '560px', maxWidth: '100%' },
  filter: { minWidth: 'unset', width: '220px' },
  sort: { minWidth: 'unset', width: '200px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

/**
 * The public storefront: every published offer, with search, category and
 * publisher filters and a sort. All of it lives in the URL, so a search can be shared.
 */
export function MarketplacePage() {
  const styles = useStyles();
  const list = useListQuery();
  const categoryLabel = useCategoryLabels();
  const category = list.param('category');
  const publisher = list.param('publisher');
  const sort = list.choice('sort', SORT_LABELS);
  const page = Math.floor(list.offset / PAGE_SIZE) + 1;
  const offers = useApiResource(
    (signal) =>
      searchMarketplace(
        { search: list.search || undefined, category: category || undefined, publisher: publisher || undefined, sort: sort || undefined, page, pageSize: PAGE_SIZE },
        signal,
      ),
    [list.search, category, publisher, sort, page],
  );
  const data = offers.data;
  const facets = data?.facets ?? { categories: [], publishers: [] };
  const filtered = Boolean(list.search || category || publisher);
  // Publisher names seen so far: a search that matches none of a publisher's offers still names the chosen one.
  const publisherNames = useRef(new Map<string, string>());
  for (const facet of facets.publishers) if (facet.name !== facet.publisherId || !publisherNames.current.has(facet.publisherId)) publisherNames.current.set(facet.publisherId, facet.name);
  for (const offer of data?.items ?? []) publisherNames.current.set(offer.publisher.publisherId, offer.publisher.name);
  const publisherName = publisherNames.current.get(publisher) ?? publisher;
  const categoryName = facets.categories.find((c) => c.id === category)?.label ?? categoryLabel(category);

  const clearFilters = () => {
    list.setSearchText('');
    list.setParam({ search: '', category: '', publisher: '', offset: '' });
  };

  return (
    <>
      <PageHeader title="Marketplace" description="Find apps for your organization from publishers on this platform: see their plans, get them or ask the publisher to contact you." />
      <div className={styles.finder} role="search" aria-label="Find apps">
        <SearchBox
          size="large"
          className={styles.search}
          aria-label="Search apps"
          placeholder="Search apps by name, publisher, category or description"
          contentBefore={<SearchRegular />}
          value={list.searchText}
          onChange={(_, value) => list.setSearchText(value.value)}
        />
        <div className={styles.toolbar}>
          <Dropdown
            className={styles.filter}
            aria-label="Category"
            value={category ? categoryName : 'All categories'}
            selectedOptions={[category]}
            onOptionSelect={(_, option) => list.setParam({ category: option.optionValue ?? '', offset: '' })}
          >
            <Option value="">All categories</Option>
            {facets.categories.map((facet) => (
              <Option key={facet.id} value={facet.id} text={facet.label}>
                {`${facet.label} (${facet.count})`}
              </Option>
            ))}
          </Dropdown>
          <Dropdown
            className={styles.filter}
            aria-label="Publisher"
            value={publisher ? publisherName : 'All publishers'}
            selectedOptions={[publisher]}
            onOptionSelect={(_, option) => list.setParam({ publisher: option.optionValue ?? '', offset: '' })}
          >
            <Option value="">All publishers</Option>
            {facets.publishers.map((facet) => (
              <Option key={facet.publisherId} value={facet.publisherId} text={facet.name}>
                {`${facet.name} (${facet.count})`}
              </Option>
            ))}
          </Dropdown>
          <Dropdown
            className={styles.sort}
            aria-label="Sort by"
            value={`Sort: ${SORT_LABELS[sort || 'relevance']}`}
            selectedOptions={[sort || 'relevance']}
            onOptionSelect={(_, option) => list.setParam({ sort: option.optionValue === 'relevance' ? '' : (option.optionValue ?? ''), offset: '' })}
          >
            {choicesOf(SORT_LABELS).map((value) => (
              <Option key={value} value={value} text={SORT_LABELS[value]}>
                {SORT_LABELS[value]}
              </Option>
            ))}
          </Dropdown>
          {filtered && (
            <Button appearance="subtle" icon={<DismissRegular />} onClick={clearFilters}>
              Clear filters
            </Button>
          )}
          {data && <Text className={styles.total}>{countOf(data.total, 'app')}</Text>}
        </div>
      </div>

      <ErrorMessage error={offers.error} title="Couldn't load the marketplace" />
      {!data && offers.loading && <LoadingState label="Loading apps…" />}
      {data?.items.length === 0 &&
        (filtered ? (
          <EmptyState
            icon={<SearchRegular />}
            title="No offers match"
            message="No published app matches these words and filters. Try other words, or clear the filters to see every app."
            action={<Button onClick={clearFilters}>Clear filters</Button>}
          />
        ) : (
          <EmptyState
            icon={<AppsListRegular />}
            title="No offers are published yet"
            message="When publishers publish their apps, you'll find them here, with their plans and how to get them."
          />
        ))}
      {data && data.items.length > 0 && (
        <>
          <ul className={styles.grid} aria-label="Apps">
            {data.items.map((offer) => (
              <li key={offer.slug} className={styles.item}>
                <OfferCard offer={offer} categoryLabel={categoryLabel} />
              </li>
            ))}
          </ul>
          <Pager offset={(data.page - 1) * data.pageSize} pageSize={data.pageSize} total={data.total} onOffsetChange={list.setOffset} />
        </>
      )}
    </>
  );
}
