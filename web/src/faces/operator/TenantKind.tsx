import { Badge } from '@fluentui/react-components';
import type { Tenant } from '../../api/tenants';

/** The operator's own tenant, a publisher (which is also a customer), or a customer. */
export function TenantKind({ tenant }: { tenant: Pick<Tenant, 'kind' | 'isPublisher'> }) {
  if (tenant.kind === 'operator') {
    return (
      <Badge appearance="filled" color="important">
        Operator
      </Badge>
    );
  }
  return tenant.isPublisher ? (
    <Badge appearance="tint" color="brand">
      Publisher
    </Badge>
  ) : (
    <Badge appearance="tint" color="informative">
      Customer
    </Badge>
  );
}
