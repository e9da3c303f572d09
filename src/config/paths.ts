/** Route patterns, for the router. */
export const routes = {
  home: '/',
  users: '/users',
  user: '/users/:id',
  teams: '/teams',
  team: '/teams/:id',
  roles: '/roles',
  newRole: '/roles/new',
  role: '/roles/:id',
  settings: '/settings',
} as const;

function withQuery(path: string, query?: Record<string, string>): string {
  const text = query ? new URLSearchParams(query).toString() : '';
  return text ? `${path}?${text}` : path;
}

/** Links to the console's screens; the app and the tests build URLs here. */
export const paths = {
  users: (query?: Record<string, string>) => withQuery(routes.users, query),
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
  teams: (query?: Record<string, string>) => withQuery(routes.teams, query),
  team: (id: string) => `/teams/${encodeURIComponent(id)}`,
  roles: () => routes.roles,
  newRole: () => routes.newRole,
  role: (id: string) => `/roles/${encodeURIComponent(id)}`,
  settings: () => routes.settings,
};
