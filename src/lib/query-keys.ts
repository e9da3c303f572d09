/**
 * Query keys of every area, general to specific. They live together so that
 * a change in one area can invalidate what it changed in another (a team
 * role lives on the user and shows on the team) without features importing
 * each other. Invalidate only through these factories.
 */
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: () => [...userKeys.lists(), 'all'] as const,
  /** One page as a server that pages, filters and sorts answered it. */
  page: (params: Record<string, unknown>) =>
    [...userKeys.lists(), 'page', params] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export const teamKeys = {
  all: ['teams'] as const,
  lists: () => [...teamKeys.all, 'list'] as const,
  list: () => [...teamKeys.lists(), 'all'] as const,
  details: () => [...teamKeys.all, 'detail'] as const,
  detail: (id: string) => [...teamKeys.details(), id] as const,
  serviceAccounts: (id: string) =>
    [...teamKeys.detail(id), 'service-accounts'] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  lists: () => [...roleKeys.all, 'list'] as const,
  list: () => [...roleKeys.lists(), 'all'] as const,
  details: () => [...roleKeys.all, 'detail'] as const,
  detail: (id: string) => [...roleKeys.details(), id] as const,
};

/** What the console learnt of the server it is connected to. */
export const serverKeys = {
  all: ['server'] as const,
  features: () => [...serverKeys.all, 'features'] as const,
};
