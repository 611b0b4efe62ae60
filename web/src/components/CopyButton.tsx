import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'unavailable';

const TOOLTIPS: Record<Exclude<CopyState, 'idle'>, string> = {
  copied: 'Copied',
  unavailable: 'The browser blocked copying (it needs HTTPS); select the text and copy it',
};

/** Copies `text` to the clipboard and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('unavailable');
    }
    setTimeout(() => setState('idle'), 3000);
  };
  return (
    <Tooltip content={state === 'idle' ? label : TOOLTIPS[state]} relationship="label">
      <Button appearance="subtle" icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />} onClick={copy} />
    </Tooltip>
  );
}
