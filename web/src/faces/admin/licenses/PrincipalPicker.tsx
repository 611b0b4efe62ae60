import {
  Avatar,
  Field,
  makeStyles,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  tokens,
} from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listGroups } from '../../../api/groups';
import { listUsers } from '../../../api/users';
import { useApiResource } from '../../../components/useApiResource';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

/** A user or a security group to assign a license to. */
export interface Principal {
  kind: 'user' | 'group';
  id: string;
  displayName: string;
  /** The user principal name, or the group's description. */
  detail: string;
}

const RESULTS_PER_KIND = 8;

const useStyles = makeStyles({
  groupIcon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
});

async function findPrincipals(tenantId: string, search: string, signal: AbortSignal): Promise<Principal[]> {
  const query = { search: search || undefined, limit: RESULTS_PER_KIND };
  const [users, groups] = await Promise.all([listUsers(tenantId, query, signal), listGroups(tenantId, query, signal)]);
  return [
    ...users.items.map((user) => ({ kind: 'user' as const, id: user.id, displayName: user.displayName, detail: user.userPrincipalName })),
    ...groups.items.map((group) => ({ kind: 'group' as const, id: group.id, displayName: group.displayName, detail: group.description || 'Security group' })),
  ];
}

interface PrincipalPickerProps {
  tenantId: string;
  selected: Principal[];
  onChange(selected: Principal[]): void;
  /** Already assigned: not offered again. */
  excludeIds?: ReadonlySet<string>;
  validationMessage?: string;
}

/** Searches users and groups by name and collects several of them as tags. */
export function PrincipalPicker({ tenantId, selected, onChange, excludeIds, validationMessage }: PrincipalPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const search = useDebouncedValue(query.trim(), 250);
  const found = useApiResource((signal) => findPrincipals(tenantId, search, signal), [tenantId, search]);
  const selectedIds = selected.map((principal) => principal.id);
  const options = (found.data ?? []).filter((principal) => !excludeIds?.has(principal.id) && !selectedIds.includes(principal.id));
  const media = (principal: Principal) =>
    principal.kind === 'user' ? <Avatar name={principal.displayName} size={24} color="colorful" /> : <PeopleTeamRegular className={styles.groupIcon} />;

  return (
    <Field label="Users and groups" hint="Type a name or a user principal name; pick as many as you need." validationMessage={validationMessage}>
      <TagPicker
        selectedOptions={selectedIds}
        onOptionSelect={(_, data) => {
          if (data.value === 'no-matches') return;
          const known = new Map([...selected, ...(found.data ?? [])].map((principal) => [principal.id, principal]));
          onChange(data.selectedOptions.map((id) => known.get(id)).filter((principal): principal is Principal => principal !== undefined));
          setQuery('');
        }}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label="Chosen users and groups">
            {selected.map((principal) => (
              <Tag key={principal.id} shape="rounded" media={media(principal)} value={principal.id}>
                {principal.displayName}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput aria-label="Search users and groups" value={query} onChange={(event) => setQuery(event.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {options.length > 0 ? (
            options.map((principal) => (
              <TagPickerOption
                key={principal.id}
                value={principal.id}
                text={principal.displayName}
                media={media(principal)}
                secondaryContent={principal.kind === 'user' ? principal.detail : `Group · ${principal.detail}`}
              >
                {principal.displayName}
              </TagPickerOption>
            ))
          ) : (
            <TagPickerOption value="no-matches">{found.loading ? 'Searching…' : 'No users or groups match'}</TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
