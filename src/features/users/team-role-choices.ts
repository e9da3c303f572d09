import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { rolesListQuery } from '@/lib/shared-queries';

const PREDEFINED = ['admin', 'member', 'viewer'];

/**
 * The roles a team member can hold: the predefined ones, then the
 * organization's custom roles by name.
 */
export function useTeamRoleChoices(): string[] {
  const roles = useQuery(rolesListQuery());
  return useMemo(
    () => [
      ...PREDEFINED,
      ...(roles.data ?? []).map((role) => role.name).sort(),
    ],
    [roles.data],
  );
}
