import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { NavLink, Outlet, useMatch } from 'react-router';

import { AccessProblemScreen } from '@/components/access-problem-screen';
import { ConnectionChip } from '@/components/connection-chip';
import { paths, routes } from '@/config/paths';
import { useAccessProblem } from '@/lib/access-problem';

import { ColorModeToggle } from './color-mode-toggle';
import { ConnectionBanner } from './connection-banner';

const NAV = [
  { to: paths.users(), label: 'Users' },
  { to: paths.teams(), label: 'Teams' },
  { to: paths.roles(), label: 'Roles' },
  { to: paths.settings(), label: 'Settings' },
];

/** The frame of every screen: the title bar, navigation and the page. */
export function Layout() {
  const problem = useAccessProblem();
  // Settings stay open whatever the server says: that is where it is fixed.
  const onSettings = useMatch(routes.settings) !== null;

  return (
    <>
      <a className="visually-hidden skip-link" href="#main">
        Skip to content
      </a>
      <TopBar />
      <ConnectionBanner />
      <Container component="main" id="main" maxWidth="xl" sx={{ py: 3 }}>
        {problem && !onSettings ? (
          <AccessProblemScreen problem={problem} />
        ) : (
          <Outlet />
        )}
      </Container>
    </>
  );
}

// The title bar and navigation: drawn once, not on every change of address
// (the users search writes each key to it). The links mark the current
// screen on their own.
const TopBar = memo(function TopBar() {
  return (
    <AppBar
      position="sticky"
      color="default"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
          SCIM Admin Console
        </Typography>
        <ConnectionChip />
        <Box
          component="nav"
          aria-label="Main"
          sx={{ display: 'flex', gap: 0.5, ml: 2 }}
        >
          {NAV.map((item) => (
            <Button
              key={item.to}
              component={NavLink}
              to={item.to}
              color="inherit"
              sx={{ '&.active': { bgcolor: 'action.selected' } }}
            >
              {item.label}
            </Button>
          ))}
        </Box>
        <Box sx={{ flex: 1 }} />
        <ColorModeToggle />
      </Toolbar>
    </AppBar>
  );
});
