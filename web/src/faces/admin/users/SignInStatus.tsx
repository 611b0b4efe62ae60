import { Badge } from '@fluentui/react-components';

/** Whether the user may sign in: the directory's "enabled" flag. */
export function SignInStatus({ enabled }: { enabled: boolean }) {
  return enabled ? (
    <Badge appearance="tint" color="success">
      Sign-in allowed
    </Badge>
  ) : (
    <Badge appearance="tint" color="danger">
      Sign-in blocked
    </Badge>
  );
}
