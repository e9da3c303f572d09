import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { type DataRouter, RouterProvider } from 'react-router';

import { NotificationsProvider } from '@/components/notifications';
import { createQueryClient } from '@/lib/query-client';

import { theme } from './theme';

/**
 * The whole console: providers around the router. The router is made
 * before the first render, so that the screen's code loads meanwhile.
 */
export function App({ router }: { router: DataRouter }) {
  const [queryClient] = useState(createQueryClient);

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
