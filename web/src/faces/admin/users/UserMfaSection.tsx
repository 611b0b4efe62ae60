import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { resetUserMfa, type DirectoryUser } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useNotify } from '../../../components/Notifications';
import { useSession } from '../../../session/SessionContext';
import { DrawerSection } from './DrawerSection';

const useStyles = makeStyles({ row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM } });

/** Whether the user has an authenticator app, and the reset for a lost device. */
export function UserMfaSection({ user, onReset }: { user: DirectoryUser; onReset(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  return (
    <DrawerSection title="Multi-factor authentication" description="An authenticator app the user signs in with, after their password.">
      <div className={styles.row}>
        <Badge appearance="tint" color={user.mfaEnrolled ? 'success' : 'informative'}>
          {user.mfaEnrolled ? 'Authenticator app set up' : 'Not set up'}
        </Badge>
        {user.mfaEnrolled && <Button onClick={() => setConfirming(true)}>Reset MFA</Button>}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Reset multi-factor authentication of ${user.displayName}?`}
        confirmLabel="Reset MFA"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await resetUserMfa(session.tenant.id, user.id);
          notify(`Multi-factor authentication reset for ${user.displayName}`);
          onReset();
        }}
      >
        Use this when the user lost their phone. Their authenticator app and recovery codes stop working, they are signed out everywhere and their API tokens are
        revoked. Where MFA is required, they set up a new app at their next sign-in.
      </ConfirmDialog>
    </DrawerSection>
  );
}
