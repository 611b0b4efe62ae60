import { Combobox, Field, makeStyles, Option, OptionGroup, Text, tokens } from '@fluentui/react-components';
import { PeopleTeamRegular, PersonRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listGroups, type MemberType } from '../../../api/groups';
import { listUsers } from '../../../api/users';
import { useApiResource } from '../../../components/useApiResource';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

export interface MemberCandidate {
  type: MemberType;
  id: string;
  displayName: string;
  /** The user principal name, or the group's description. */
  detail: string;
}

const RESULTS_PER_KIND = 8;

const useStyles = makeStyles({
  option: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

async function findCandidates(tenantId: string, search: string, signal: AbortSignal): Promise<MemberCandidate[]> {
  const query = { search: search || undefined, limit: RESULTS_PER_KIND };
  const [users, groups] = await Promise.all([listUsers(tenantId, query, signal), listGroups(tenantId, query, signal)]);
  return [
    ...users.items.map((user) => ({ type: 'user' as const, id: user.id, displayName: user.displayName, detail: user.userPrincipalName })),
    ...groups.items.map((group) => ({ type: 'group' as const, id: group.id, displayName: group.displayName, detail: group.description })),
  ];
}

interface MemberPickerProps {
  tenantId: string;
  /** Already members, and the group itself. */
  excludeIds: ReadonlySet<string>;
  onSelect(candidate: MemberCandidate | undefined): void;
  validationMessage?: string;
}

/** Finds a user or a group by name to add to a group. */
export function MemberPicker({ tenantId, excludeIds, onSelect, validationMessage }: MemberPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const search = useDebouncedValue(text.trim(), 250);
  const found = useApiResource((signal) => findCandidates(tenantId, search, signal), [tenantId, search]);
  const candidates = (found.data ?? []).filter((candidate) => !excludeIds.has(candidate.id));
  const users = candidates.filter((candidate) => candidate.type === 'user');
  const groups = candidates.filter((candidate) => candidate.type === 'group');

  const renderOption = (candidate: MemberCandidate) => (
    <Option key={candidate.id} value={candidate.id} text={candidate.displayName}>
      <span className={styles.option}>
        {candidate.type === 'user' ? <PersonRegular aria-hidden /> : <PeopleTeamRegular aria-hidden />}
        <span>
          <Text block>{candidate.displayName}</Text>
          {candidate.detail && <Text className={styles.detail}>{candidate.detail}</Text>}
        </span>
      </span>
    </Option>
  );

  return (
    <Field label="User or group" hint="Type a name or a user principal name." validationMessage={validationMessage}>
      <Combobox
        value={text}
        selectedOptions={selectedId ? [selectedId] : []}
        placeholder="Search users and groups"
        onChange={(event) => {
          setText(event.target.value);
          setSelectedId(undefined);
          onSelect(undefined);
        }}
        onOptionSelect={(_, data) => {
          const candidate = candidates.find((c) => c.id === data.optionValue);
          setSelectedId(candidate?.id);
          setText(candidate?.displayName ?? '');
          onSelect(candidate);
        }}
      >
        {users.length > 0 && <OptionGroup label="Users">{users.map(renderOption)}</OptionGroup>}
        {groups.length > 0 && <OptionGroup label="Groups">{groups.map(renderOption)}</OptionGroup>}
        {candidates.length === 0 && (
          <Option value="" text="" disabled>
            {found.loading ? 'Searching…' : 'No users or groups match'}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
