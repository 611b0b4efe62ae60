import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ChangeOutcome } from './licenseChanges';

/** What a Save did, product by product: green when all applied, a warning naming what did not. */
export function ChangeReport({ outcomes, title }: { outcomes: ChangeOutcome[]; title?: string }) {
  if (outcomes.length === 0) return null;
  const failed = outcomes.filter((o) => !o.ok).length;
  return (
    <MessageBar intent={failed ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{title ?? (failed ? `${failed} of ${outcomes.length} changes could not be made` : 'Licenses saved')}</MessageBarTitle>
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {outcomes.map((o) => (
            <li key={`${o.planId}-${o.message}`}>
              {o.product}: {o.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
