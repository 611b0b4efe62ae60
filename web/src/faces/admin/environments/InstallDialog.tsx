import { Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { installApp, listEnvironments, type InstalledApp } from '../../../api/environments';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

interface InstallDialogProps {
  /** The offers that may be installed, by GUID. */
  offers: { id: string; name: string; publisherName: string }[];
  /** Preselected offer and environment. */
  offerId?: string;
  environmentId?: string;
  onClose(): void;
  onInstalled(app: InstalledApp): void;
}

/** "Install this product": installs an offer's current published package into one of the organization's environments. */
export function InstallDialog({ offers, offerId: initialOffer, environmentId: initialEnvironment, onClose, onInstalled }: InstallDialogProps) {
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const environments = useApiResource((signal) => listEnvironments(session.tenant.id, signal), [session.tenant.id]);
  const [offerId, setOfferId] = useState(initialOffer ?? offers[0]?.id ?? '');
  const [environmentId, setEnvironmentId] = useState(initialEnvironment ?? '');
  const environmentItems = environments.data?.items ?? [];
  const chosenEnvironment = environmentItems.find((e) => e.id === environmentId) ?? environmentItems.find((e) => e.isDefault);
  const offer = offers.find((o) => o.id === offerId);

  const install = () =>
    submit(async () => {
      if (!chosenEnvironment) return;
      onInstalled(await installApp(session.tenant.id, chosenEnvironment.id, offerId));
    });

  return (
    <FormDialog
      open
      title={offer ? `Install ${offer.name}` : 'Install an app'}
      submitLabel="Install"
      busy={busy}
      error={error}
      errorTitle="The app was not installed"
      fields={['offerId']}
      submitDisabled={!offerId || !chosenEnvironment}
      onSubmit={install}
      onClose={onClose}
    >
      {!initialOffer && (
        <Field label="App" required validationMessage={fieldMessage(error, 'offerId')} hint="Apps your organization holds licenses for, or that need none to install.">
          <Dropdown value={offer ? `${offer.name} (${offer.publisherName})` : ''} selectedOptions={offerId ? [offerId] : []} onOptionSelect={(_, data) => setOfferId(data.optionValue ?? '')}>
            {offers.map((o) => (
              <Option key={o.id} value={o.id} text={`${o.name} (${o.publisherName})`}>
                {`${o.name} (${o.publisherName})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label="Environment" required>
        <Dropdown
          placeholder={environments.loading ? 'Loading…' : 'Choose an environment'}
          value={chosenEnvironment?.name ?? ''}
          selectedOptions={chosenEnvironment ? [chosenEnvironment.id] : []}
          onOptionSelect={(_, data) => setEnvironmentId(data.optionValue ?? '')}
        >
          {environmentItems.map((environment) => (
            <Option key={environment.id} value={environment.id}>
              {environment.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text>The current published version is installed. Users still need a license to open apps that require one.</Text>
    </FormDialog>
  );
}
