import { createBrowserRouter, Navigate } from 'react-router';

import { LoadingState } from '@/components/page-states';
import { routes } from '@/config/paths';

import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** The console's screens; each area loads when it is first visited. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <LoadingState label="Loading the console…" />,
      children: [
        {
          errorElement: <RouteError nested />,
          children: [
            {
              path: routes.home,
              element: <Navigate to={routes.users} replace />,
            },
            {
              path: routes.users,
              lazy: async () => ({
                Component: (await import('@/features/users/users-page'))
                  .UsersPage,
              }),
            },
            {
              path: routes.user,
              lazy: async () => ({
                Component: (await import('@/features/users/user-detail-page'))
                  .UserDetailPage,
              }),
            },
            {
              path: routes.teams,
              lazy: async () => ({
                Component: (await import('@/features/teams/teams-page'))
                  .TeamsPage,
              }),
            },
            {
              path: routes.team,
              lazy: async () => ({
                Component: (await import('@/features/teams/team-page'))
                  .TeamPage,
              }),
            },
            {
              path: routes.roles,
              lazy: async () => ({
                Component: (await import('@/features/roles/roles-page'))
                  .RolesPage,
              }),
            },
            {
              path: routes.newRole,
              lazy: async () => ({
                Component: (await import('@/features/roles/role-editor-page'))
                  .RoleEditorPage,
              }),
            },
            {
              path: routes.role,
              lazy: async () => ({
                Component: (await import('@/features/roles/role-editor-page'))
                  .RoleEditorPage,
              }),
            },
            {
              path: routes.settings,
              lazy: async () => ({
                Component: (await import('@/features/settings/settings-page'))
                  .SettingsPage,
              }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
