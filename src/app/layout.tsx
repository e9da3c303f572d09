import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { NavLink, Outlet } from 'react-router';

import { paths } from '@/config/paths';
import { getDemoBackend } from '@/lib/demo-backend';

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
  const demo = getDemoBackend() !== null;

  return (
    <>
      <a className="visually-hidden skip-link" href="#main">
        Skip to content
      </a>
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
          {demo ? <Chip size="small" label="Demo" color="secondary" /> : null}
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
      <ConnectionBanner />
      <Container component="main" id="main" maxWidth="xl" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </>
  );
}
