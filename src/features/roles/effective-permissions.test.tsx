import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createTestServer } from '@/mocks/node';
import type { User } from '@/scim';

import { EffectivePermissions } from './index';

const { server } = createTestServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ada: User = {
  id: 'u1',
  userName: 'ada',
  displayName: 'Ada Lovelace',
  email: 'ada@example.com',
  emails: [],
  active: true,
  organizationRole: 'member',
  teamRoles: [
    { teamName: 'vision', roleName: 'Run operator' },
    { teamName: 'nlp', roleName: 'member' },
    { teamName: 'infra', roleName: 'admin' },
  ],
  registryRoles: [],
  groupIds: [],
  modelsSeat: 'full',
  weaveRole: 'full',
  daysActive: 3,
  lastActiveAt: null,
  meta: {},
};

function show(user: User) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <EffectivePermissions user={user} />
    </QueryClientProvider>,
  );
}

const listItems = (team: HTMLElement, name: string) =>
  within(within(team).getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('EffectivePermissions', () => {
  it('shows, per team, inherited and added permissions apart', async () => {
    show(ada);

    const vision = await screen.findByRole('region', {
      name: 'Permissions in vision',
    });
    expect(listItems(vision, 'Inherited from Viewer')).toHaveLength(7);
    expect(listItems(vision, 'Added by Run operator')).toEqual(['run:stop']);
    const nlp = screen.getByRole('region', { name: 'Permissions in nlp' });
    expect(listItems(nlp, 'Inherited from Member')).toHaveLength(14);
    expect(within(nlp).queryByRole('list', { name: /Added/ })).toBeNull();
    const infra = screen.getByRole('region', { name: 'Permissions in infra' });
    expect(infra.textContent).toMatch(/Team admin: every permission/);
    expect(listItems(infra, 'Granted')).toHaveLength(27);
    // Role queries over MUI's DOM are slow in jsdom on a busy machine.
  }, 20_000);

  it('notes an org admin, who may manage every team', async () => {
    show({ ...ada, organizationRole: 'admin' });

    expect(
      await screen.findByText(/organization admin and may manage every team/),
    ).toBeTruthy();
  });

  it('shows that a deactivated user may do nothing', () => {
    show({ ...ada, active: false });

    expect(screen.getByText(/deactivated and may do nothing/)).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
