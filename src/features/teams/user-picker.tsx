import Autocomplete, {
  type AutocompleteRenderInputParams,
} from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { HTMLAttributes, Key } from 'react';

import type { User } from '@/scim';

// An organization may hold 10,000 users: the list shows the first matches
// and asks for more letters, rather than rendering everyone.
const SHOWN = 50;

/** Users whose name or email contains the typed text, at most SHOWN. */
export function findUsers(users: readonly User[], typed: string): User[] {
  const needle = typed.trim().toLowerCase();
  const found: User[] = [];
  for (const user of users) {
    const text = `${user.userName}\n${user.displayName}\n${user.email}`;
    if (!needle || text.toLowerCase().includes(needle)) found.push(user);
    if (found.length === SHOWN) break;
  }
  return found;
}

interface PickerProps {
  label: string;
  users: readonly User[];
  loading: boolean;
  error?: string;
  helperText?: string;
  required?: boolean;
  /** Ids to mark as already members, e.g. in `Add members`. */
  members?: ReadonlySet<string>;
}

/** Picks one user by name or email. */
export function UserPicker({
  value,
  onChange,
  ...props
}: PickerProps & { value: User | null; onChange(user: User | null): void }) {
  return (
    <Autocomplete
      options={props.users}
      value={value}
      onChange={(_, user) => onChange(user)}
      {...common(props)}
    />
  );
}

/** Picks several users by name or email. */
export function UsersPicker({
  value,
  onChange,
  ...props
}: PickerProps & { value: User[]; onChange(users: User[]): void }) {
  return (
    <Autocomplete
      multiple
      filterSelectedOptions
      options={props.users}
      value={value}
      onChange={(_, users) => onChange(users)}
      {...common(props)}
    />
  );
}

function common({
  label,
  loading,
  error,
  helperText,
  required,
  members,
}: PickerProps) {
  return {
    loading,
    loadingText: 'Loading users…',
    noOptionsText: 'No user matches',
    filterOptions: (options: User[], state: { inputValue: string }) =>
      findUsers(options, state.inputValue),
    getOptionLabel: (user: User) => user.userName,
    isOptionEqualToValue: (option: User, value: User) => option.id === value.id,
    renderOption: (
      { key, ...attributes }: HTMLAttributes<HTMLLIElement> & { key: Key },
      user: User,
    ) => (
      <li key={key} {...attributes}>
        <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
          <span>
            {user.userName}
            {members?.has(user.id) ? ' (already in the team)' : ''}
          </span>
          <span className="secondary-text">
            {user.email || user.displayName}
          </span>
        </Box>
      </li>
    ),
    renderInput: (params: AutocompleteRenderInputParams) => (
      <TextField
        {...params}
        label={label}
        required={required}
        error={Boolean(error)}
        helperText={error ?? helperText}
        placeholder="Name or email"
      />
    ),
  };
}
