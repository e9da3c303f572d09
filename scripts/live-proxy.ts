import type { Logger, Plugin } from 'vite';

import { type LiveTarget, readLiveTarget } from './live-proxy/config.ts';
import { createLiveProxy } from './live-proxy/middleware.ts';

/**
 * Live mode for `vite` and `vite preview`: with SCIM_URL set, `/scim/*` is
 * proxied to that server with the credentials of this process's environment
 * and the page is told it is live; without it, the page runs its demo.
 */
export function liveProxy(
  env: Record<string, string | undefined> = process.env,
): Plugin {
  const target = readLiveTarget(env);
  const middleware = createLiveProxy(target);

  return {
    name: 'scim-console-live-proxy',
    configureServer(server) {
      server.middlewares.use(middleware);
      announce(target, server.config.logger);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      announce(target, server.config.logger);
    },
  };
}

// Says where /scim goes and how it signs in, never with what.
function announce(target: LiveTarget | null, logger: Logger) {
  if (!target) return;
  const who =
    target.auth === 'bearer'
      ? 'a bearer key'
      : target.username
        ? `Basic as ${target.username}`
        : 'Basic as an org service account';
  const key = target.authorization
    ? 'from SCIM_API_KEY'
    : 'but SCIM_API_KEY is not set';
  logger.info(
    `Live mode: /scim → ${target.base.toString()} with ${who} ${key}.`,
  );
}
