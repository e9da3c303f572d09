import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import Typography from '@mui/material/Typography';

import type { Capabilities } from '@/lib/server-traits';
import type { User } from '@/scim';

/** What a deactivation takes away, said before the admin confirms it. */
export function DeactivationImpact({
  user,
  can,
}: {
  user: User;
  can: Capabilities;
}) {
  const access = [
    ...user.teamRoles.map((r) => `${r.teamName} (team ${r.roleName})`),
    ...user.registryRoles.map(
      (r) => `${r.registryName} (registry ${r.roleName})`,
    ),
  ];

  return (
    <>
      {can.deactivationRemoves ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          On Multi-tenant Cloud, deactivating removes {user.userName} from the
          organization. They leave the user list and cannot be re-enabled.
        </Alert>
      ) : null}
      <DialogContentText>
        {user.userName} will no longer be able to sign in.
        {can.deactivationRemoves
          ? ''
          : ' They stay in the user list and can be re-enabled later, getting back the access below.'}
        {can.deactivationUsesDelete
          ? ' This server deactivates with DELETE.'
          : ''}
      </DialogContentText>
      <Typography sx={{ mt: 2, fontWeight: 600 }} component="p">
        {access.length === 0
          ? 'They belong to no team or registry.'
          : `They lose access through ${access.length} ${access.length === 1 ? 'team or registry' : 'teams and registries'}:`}
      </Typography>
      {access.length > 0 ? (
        <ul aria-label="Access lost" style={{ marginTop: 4 }}>
          {access.map((item) => (
            <li key={item}>
              <Typography variant="body2">{item}</Typography>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
