import { Button } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Outlet, useNavigate } from 'react-router-dom';
import type { AccessRule } from '../session/access';
import { useSession } from '../session/SessionContext';
import { EmptyState } from './EmptyState';

interface RequireAccessProps {
  rule: AccessRule;
  /** What the user tried to open, e.g. "the Admin Center". */
  area: string;
  children?: ReactNode;
}

/** Shows the page only to those the rule allows; everyone else learns what they need. */
export function RequireAccess({ rule, area, children }: RequireAccessProps) {
  const session = useSession();
  const navigate = useNavigate();
  if (rule.allows(session)) return children ?? <Outlet />;
  return (
    <EmptyState
      icon={<LockClosedRegular />}
      title={`You don't have access to ${area}`}
      message={`You need to be ${rule.requirement(session)}. ${rule.remedy}`}
      action={<Button onClick={() => navigate('/')}>Go to your start page</Button>}
    />
  );
}
