import { useSyncExternalStore } from 'react';

import type { ScimAuth } from '@/scim';

import { pointClientAt } from './scim-client';

export type AuthKind = 'bearer' | 'basic';

/**
 * Which server the console is on: the demo in the page, a live server
 * behind the local proxy, or a live server the browser calls itself.
 * Nothing secret is kept here: a browser connection's key stays in its
 * client.
 */
export type Connection =
  | { kind: 'demo' }
  | {
      kind: 'proxy' | 'browser';
      server: string;
      auth: AuthKind;
      /** Basic auth's username; '' for an org service account. */
      username: string | null;
    };

let started: Connection = { kind: 'demo' };
let connection: Connection = started;
const listeners = new Set<() => void>();

function publish(next: Connection): void {
  connection = next;
  for (const listener of listeners) listener();
}

/** Records what the page started on (demo, or live through the proxy). */
export function startConnection(first: Connection): void {
  started = first;
  pointClientAt(null);
  publish(first);
}

/** Calls `server` from the browser with `auth`, kept in memory only. */
export function connectInBrowser(server: string, auth: ScimAuth): void {
  pointClientAt({ baseUrl: server, auth });
  publish({
    kind: 'browser',
    server,
    auth: auth.type === 'basic' ? 'basic' : 'bearer',
    username: auth.type === 'basic' ? auth.username : null,
  });
}

/** Back to what the page started on; the browser connection's key is dropped. */
export function disconnect(): void {
  pointClientAt(null);
  publish(started);
}

export function getConnection(): Connection {
  return connection;
}

export function useConnection(): Connection {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getConnection);
}

/** The server's host, for the app bar: `scim.example.com`. */
export function serverLabel(current: Connection): string {
  if (current.kind === 'demo') return 'Demo server';
  try {
    return new URL(current.server).host;
  } catch {
    return current.server;
  }
}
