import { useQueryClient } from '@tanstack/react-query';

import { useNotify } from '@/components/notifications';
import { usersListQuery } from '@/lib/shared-queries';
import {
  describeError,
  removeAllMembers,
  removeMember,
  ScimError,
  type Team,
  type User,
  type Versioned,
} from '@/scim';

import { teamQueryOptions } from './api/queries';
import { useAddMembers, usePatchTeam } from './api/use-team-members';
import { useSetTeamRole } from './api/use-team-role';
import { namesList } from './names-list';
import { useStaleChoice } from './stale-choice-dialog';
import type { MemberRow } from './team-members';

type Done = () => void;

/**
 * What an admin does to a team's members, with the result announced and a
 * 412 turned into a choice. Each action takes the team as the admin saw it.
 */
export function useMemberActions() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const stale = useStaleChoice();
  const patchTeam = usePatchTeam();
  const adding = useAddMembers();
  const settingRole = useSetTeamRole();

  const freshTeam = (id: string) =>
    queryClient.fetchQuery({ ...teamQueryOptions(id), staleTime: 0 });

  function fail(error: unknown, what: string, reapply: () => void) {
    if (error instanceof ScimError && error.isStale) stale.offer(reapply);
    else notify.error(`${what}: ${describeError(error)}`);
  }

  function remove(current: Versioned<Team>, row: MemberRow, done?: Done) {
    const team = current.data;
    patchTeam.mutate(
      { team, etag: current.etag, operations: [removeMember(row.id)] },
      {
        onSuccess: () =>
          notify.success(`Removed ${row.userName} from ${team.name}.`),
        onError: (error) =>
          fail(
            error,
            `Could not remove ${row.userName}`,
            () => void freshTeam(team.id).then((fresh) => remove(fresh, row)),
          ),
        onSettled: done,
      },
    );
  }

  function removeAll(current: Versioned<Team>, done?: Done) {
    const team = current.data;
    patchTeam.mutate(
      { team, etag: current.etag, operations: [removeAllMembers()] },
      {
        onSuccess: () =>
          notify.success(`Removed every member of ${team.name}.`),
        onError: (error) =>
          fail(
            error,
            `Could not empty ${team.name}`,
            () => void freshTeam(team.id).then((fresh) => removeAll(fresh)),
          ),
        onSettled: done,
      },
    );
  }

  function setRole(team: Team, user: User, role: string, done?: Done) {
    settingRole.mutate(
      { user, teamName: team.name, role },
      {
        onSuccess: () =>
          notify.success(`${user.userName} is now ${role} in ${team.name}.`),
        onError: (error) =>
          fail(
            error,
            `Could not change the role of ${user.userName}`,
            () =>
              void queryClient
                .fetchQuery({ ...usersListQuery(), staleTime: 0 })
                .then((users) => {
                  const fresh = users.find((u) => u.id === user.id);
                  if (fresh) setRole(team, fresh, role);
                }),
          ),
        onSettled: done,
      },
    );
  }

  function add(
    current: Versioned<Team>,
    users: User[],
    role: string,
    done?: Done,
  ) {
    const team = current.data;
    const inTeam = new Set(team.members.map((member) => member.id));
    const already = users.filter((user) => inTeam.has(user.id));
    const joining = users.filter((user) => !inTeam.has(user.id));
    const alreadyNote = already.length
      ? ` ${namesList(already.map((u) => u.userName))} ${already.length === 1 ? 'was' : 'were'} already in the team.`
      : '';
    if (joining.length === 0) {
      notify.success(`Nothing to add.${alreadyNote}`);
      done?.();
      return;
    }

    const names = namesList(joining.map((user) => user.userName));
    const userIds = joining.map((user) => user.id);
    adding.mutate(
      { team, etag: current.etag, userIds, role },
      {
        onSuccess: ({ failed, given }) => {
          if (failed.length === 0) {
            const otherwise = joining.filter(
              (user) => (given.get(user.id) ?? role) !== role,
            );
            const otherNote = otherwise
              .map(
                (user) =>
                  ` ${user.userName} joined as ${given.get(user.id) ?? role}, as the server decided.`,
              )
              .join('');
            const asAsked = joining.filter((user) => !otherwise.includes(user));
            notify.success(
              asAsked.length
                ? `Added ${namesList(asAsked.map((u) => u.userName))} to ${team.name} as ${role}.${otherNote}${alreadyNote}`
                : `Added to ${team.name}.${otherNote}${alreadyNote}`,
            );
            return;
          }
          const first = failed[0];
          notify.error(
            `Added ${names} to ${team.name}, but ${failed.length} of them could not be made ${role}: ${describeError(first?.error)}`,
          );
        },
        onError: (error) =>
          fail(
            error,
            `Could not add ${names}`,
            () =>
              void freshTeam(team.id).then((fresh) => add(fresh, users, role)),
          ),
        onSettled: done,
      },
    );
  }

  return {
    remove,
    removeAll,
    setRole,
    add,
    removing: patchTeam.isPending,
    adding: adding.isPending,
    roleChanging: settingRole.isPending ? settingRole.variables.user.id : null,
    staleDialog: stale.dialog,
  };
}
