import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type DataRouter, RouterProvider } from 'react-router';

import { NotificationsProvider } from '@/components/notifications';

import { theme } from './theme';

/**
 * The whole console: providers around the router. The router and the query
 * cache are made before the first render, so that the first screen's code
 * and data load meanwhile.
 */
export function App({
  router,
  queryClient,
}: {
  router: DataRouter;
  queryClient: QueryClient;
}) {
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <NotificationsProvider>
          <RouterProvider router={router} />
        </NotificationsProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
