// The code of each screen, loaded when first needed. The router and the
// page's first script share these, so that the first screen's code can be
// asked for before the router exists.

export const screens = {
  users: () => import('@/features/users/users-page'),
  user: () => import('@/features/users/user-detail-page'),
  teams: () => import('@/features/teams/teams-page'),
  team: () => import('@/features/teams/team-page'),
  roles: () => import('@/features/roles/roles-page'),
  roleEditor: () => import('@/features/roles/role-editor-page'),
  settings: () => import('@/features/settings/settings-page'),
};

const FIRST_SCREENS: [RegExp, keyof typeof screens][] = [
  [/^\/(users)?\/?$/, 'users'],
  [/^\/users\/[^/]+\/?$/, 'user'],
  [/^\/teams\/?$/, 'teams'],
  [/^\/teams\/[^/]+\/?$/, 'team'],
  [/^\/roles\/?$/, 'roles'],
  [/^\/roles\/[^/]+\/?$/, 'roleEditor'],
  [/^\/settings\/?$/, 'settings'],
];

/** Starts loading the code of the screen at `pathname`, if there is one. */
export function preloadScreen(pathname: string): void {
  const match = FIRST_SCREENS.find(([pattern]) => pattern.test(pathname));
  // A failed load is the router's to report, when it loads the same code.
  if (match) screens[match[1]]().catch(() => undefined);
}
