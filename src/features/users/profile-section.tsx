import Stack from '@mui/material/Stack';

import { capabilities, useServerTraits } from '@/lib/server-traits';
import { setDisplayName, setEmail, type User } from '@/scim';

import { EditableTextField } from './editable-text-field';
import type { UserEditor } from './use-user-editor';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Display name and email, editable where the deployment allows it. */
export function ProfileSection({
  user,
  editor,
}: {
  user: User;
  editor: UserEditor;
}) {
  const can = capabilities(useServerTraits());

  return (
    <Stack spacing={1.5} sx={{ maxWidth: 720 }}>
      <EditableTextField
        label="Display name"
        serverValue={user.displayName}
        disabledReason={can.editDisplayName}
        validate={(value) => (value ? null : 'Enter a display name.')}
        save={(value) =>
          editor.apply({
            field: 'Display name',
            operations: [setDisplayName(value)],
            mine: value,
            read: (fresh) => fresh.displayName || '(none)',
            done: `Display name of ${user.userName} changed to “${value}”.`,
          })
        }
      />
      <EditableTextField
        label="Email"
        type="email"
        serverValue={user.email}
        disabledReason={can.editEmail}
        validate={(value) =>
          EMAIL.test(value)
            ? null
            : 'Enter an email address such as ada@example.com.'
        }
        save={(value) =>
          editor.apply({
            field: 'Email',
            operations: [setEmail(value)],
            mine: value,
            read: (fresh) => fresh.email || '(none)',
            done: `Email of ${user.userName} changed to ${value}`,
          })
        }
      />
    </Stack>
  );
}
