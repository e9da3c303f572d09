import type { Team } from '@/scim';

import { collator, oneOf, readPage } from './view-params';

export const TEAM_SORT_FIELDS = ['name', 'members'] as const;
export type TeamSortField = (typeof TEAM_SORT_FIELDS)[number];

/** What the teams list shows; it lives in the URL. */
export interface TeamListView {
  q: string;
  sort: TeamSortField;
  dir: 'asc' | 'desc';
  /** 0-based page. */
  page: number;
}

export const DEFAULT_TEAM_VIEW: TeamListView = {
  q: '',
  sort: 'name',
  dir: 'asc',
  page: 0,
};

/** Reads the view from the URL, ignoring what it does not understand. */
export function readTeamView(search: URLSearchParams): TeamListView {
  return {
    q: search.get('q') ?? '',
    sort: oneOf(search.get('sort'), TEAM_SORT_FIELDS, 'name'),
    dir: oneOf(search.get('dir'), ['asc', 'desc'], 'asc'),
    page: readPage(search),
  };
}

/** Writes the view to URL parameters, leaving defaults out. */
export function writeTeamView(view: TeamListView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.q) query.q = view.q;
  if (view.sort !== 'name' || view.dir !== 'asc') {
    query.sort = view.sort;
    query.dir = view.dir;
  }
  if (view.page > 0) query.page = String(view.page + 1);
  return query;
}

/** The teams whose name matches the search, in the view's order. */
export function matchingTeams(
  teams: readonly Team[],
  view: TeamListView,
): Team[] {
  const needle = view.q.trim().toLowerCase();
  const matches = teams.filter(
    (team) => !needle || team.name.toLowerCase().includes(needle),
  );
  const sign = view.dir === 'asc' ? 1 : -1;
  return matches.sort(
    (a, b) =>
      sign *
        (view.sort === 'members'
          ? a.members.length - b.members.length
          : collator.compare(a.name, b.name)) ||
      collator.compare(a.name, b.name),
  );
}
