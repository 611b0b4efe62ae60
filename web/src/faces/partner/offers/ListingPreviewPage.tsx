import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import { previewListing } from '../../../api/offers';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { ParentLink } from '../../../components/ParentLink';
import { useApiResource } from '../../../components/useApiResource';
import { useSession } from '../../../session/SessionContext';
import { Listing } from '../../marketplace/ListingPage';

const useStyles = makeStyles({
  back: { marginBottom: tokens.spacingVerticalM },
  banner: { marginBottom: tokens.spacingVerticalL },
});

/** Partner Center → an offer → Preview listing: the marketplace page built from the offer as saved now, marked as a preview. */
export function ListingPreviewPage() {
  const styles = useStyles();
  const session = useSession();
  const { offerKey = '' } = useParams();
  const preview = useApiResource((signal) => previewListing(session.tenant.id, offerKey, signal), [session.tenant.id, offerKey]);

  return (
    <>
      <div className={styles.back}>
        <ParentLink to={`/partner/offers/${encodeURIComponent(offerKey)}/listing`}>Back to the listing</ParentLink>
      </div>
      <MessageBar intent="warning" layout="multiline" className={styles.banner}>
        <MessageBarBody>
          <MessageBarTitle>Preview</MessageBarTitle>
          This is how the marketplace will show your listing, from what is saved now. Only your organization can see this page, and its buttons do nothing here.
        </MessageBarBody>
      </MessageBar>
      {preview.error && <ErrorMessage error={preview.error} title="Couldn't build the preview" />}
      {!preview.data && !preview.error && <LoadingState label="Building the preview…" />}
      {preview.data && <Listing listing={preview.data} />}
    </>
  );
}
