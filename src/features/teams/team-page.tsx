import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/page-states';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/lib/use-page-title';

import { useTeam } from './api/queries';
import { readMemberView, type TeamTab, writeMemberView } from './member-view';
import { MembersTab } from './members-tab';
import { ServiceAccountsTab } from './service-accounts-tab';
import { TeamSummary } from './team-summary';
import { useUrlView } from './view-params';

const TABS: { value: TeamTab; label: string }[] = [
  { value: 'members', label: 'Members' },
  { value: 'service-accounts', label: 'Service accounts' },
];

/** `/teams/:id`: one team, its members and roles, its service accounts. */
export function TeamPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  const [view, updateView] = useUrlView(readMemberView, writeMemberView);
  usePageTitle(team.data?.data.name ?? 'Team');

  const back = (
    <Link
      component={RouterLink}
      to={paths.teams()}
      sx={{ display: 'inline-flex', gap: 0.5, mb: 2 }}
    >
      <ArrowBackIcon fontSize="small" /> All teams
    </Link>
  );

  if (team.isPending) {
    return (
      <>
        {back}
        <LoadingState label="Loading team…" />
      </>
    );
  }
  if (team.isError) {
    const missing = team.error.isNotFound;
    return (
      <>
        {back}
        <Typography variant="h4" component="h1">
          Team
        </Typography>
        <ErrorState
          title={missing ? 'No such team.' : 'The team could not be loaded.'}
          error={team.error}
          onRetry={missing ? undefined : () => void team.refetch()}
        />
      </>
    );
  }

  const tabId = (tab: TeamTab) => `team-tab-${tab}`;
  const panelId = (tab: TeamTab) => `team-panel-${tab}`;
  return (
    <>
      {back}
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {team.data.data.name}
      </Typography>
      <TeamSummary team={team.data.data} />

      <Tabs
        value={view.tab}
        onChange={(_, tab: TeamTab) => updateView({ tab, q: '' })}
        aria-label="Team sections"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {TABS.map((tab) => (
          <Tab
            key={tab.value}
            value={tab.value}
            label={tab.label}
            id={tabId(tab.value)}
            aria-controls={panelId(tab.value)}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={panelId(view.tab)}
        aria-labelledby={tabId(view.tab)}
      >
        {view.tab === 'members' ? (
          <MembersTab current={team.data} view={view} onView={updateView} />
        ) : (
          <ServiceAccountsTab team={team.data.data} />
        )}
      </Box>
    </>
  );
}
