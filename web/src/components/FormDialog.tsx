import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { ErrorMessage } from './ErrorMessage';
import { useReturnFocus } from './useReturnFocus';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: ApiError | undefined;
  /** Fields that show the API's messages themselves; anything else appears as a banner. */
  fields: readonly string[];
  /** The banner's title, e.g. "Couldn't add the member"; the problem's own title otherwise. */
  errorTitle?: string;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
  /** Replaces the form's buttons, e.g. with "Done" once a result is shown. */
  actions?: ReactNode;
  submitDisabled?: boolean;
}

/** A modal form that creates or changes one thing. */
export function FormDialog({ open, title, submitLabel, busy, error, fields, errorTitle, onSubmit, onClose, children, actions, submitDisabled }: FormDialogProps) {
  const styles = useStyles();
  useReturnFocus(open);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface aria-label={title}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <ErrorMessage error={error} fields={fields} title={errorTitle} />
              {children}
            </DialogContent>
            <DialogActions>
              {actions ?? (
                <>
                  <Button appearance="primary" type="submit" disabled={busy || submitDisabled} icon={busy ? <Spinner size="tiny" /> : undefined}>
                    {submitLabel}
                  </Button>
                  <Button onClick={onClose} disabled={busy}>
                    Cancel
                  </Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
