import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

export interface MembersToolbarProps {
  q: string;
  /** The team has no members: nothing to remove. */
  empty: boolean;
  onSearch(q: string): void;
  onAdd(): void;
  onRemoveAll(): void;
}

/** Search within a team's members, `Add members`, `Remove all members`. */
export function MembersToolbar({
  q,
  empty,
  onSearch,
  onAdd,
  onRemoveAll,
}: MembersToolbarProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <TextField
        label="Search members"
        placeholder="Name or email"
        type="search"
        size="small"
        value={q}
        onChange={(event) => onSearch(event.target.value)}
        sx={{ flex: 1 }}
      />
      <Button variant="contained" onClick={onAdd}>
        Add members
      </Button>
      <Button color="error" disabled={empty} onClick={onRemoveAll}>
        Remove all members
      </Button>
    </Stack>
  );
}
