import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate } from 'react-router';

import { LoadingState } from '@/components/page-states';
import { routes } from '@/config/paths';
import { prefetchUsers } from '@/features/users/prefetch';

import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { screens } from './screens';

/**
 * The console's screens; each area loads when it is first visited. The
 * users list starts reading its data as its code starts loading.
 */
export function createRouter(queryClient: QueryClient) {
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
              loader: ({ request }) => {
                void prefetchUsers(
                  queryClient,
                  new URL(request.url).searchParams,
                );
                return null;
              },
              // Searching and paging change the URL; the data is read once.
              shouldRevalidate: () => false,
              lazy: async () => ({
                Component: (await screens.users()).UsersPage,
              }),
            },
            {
              path: routes.user,
              lazy: async () => ({
                Component: (await screens.user()).UserDetailPage,
              }),
            },
            {
              path: routes.teams,
              lazy: async () => ({
                Component: (await screens.teams()).TeamsPage,
              }),
            },
            {
              path: routes.team,
              lazy: async () => ({
                Component: (await screens.team()).TeamPage,
              }),
            },
            {
              path: routes.roles,
              lazy: async () => ({
                Component: (await screens.roles()).RolesPage,
              }),
            },
            {
              path: routes.newRole,
              lazy: async () => ({
                Component: (await screens.roleEditor()).RoleEditorPage,
              }),
            },
            {
              path: routes.role,
              lazy: async () => ({
                Component: (await screens.roleEditor()).RoleEditorPage,
              }),
            },
            {
              path: routes.settings,
              lazy: async () => ({
                Component: (await screens.settings()).SettingsPage,
              }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
