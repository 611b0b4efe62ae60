import { Button } from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { EmptyState } from './EmptyState';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <EmptyState
      icon={<DocumentSearchRegular />}
      title="This page doesn't exist"
      message="The link may be out of date, or the item was deleted."
      action={<Button onClick={() => navigate('/')}>Go to your start page</Button>}
    />
  );
}
