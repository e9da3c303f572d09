import { randomUUID } from 'node:crypto';

import express, { type Express } from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';

type Stored = Record<string, unknown> & { id: string };

/**
 * A SCIM 2.0 server built from code we did not write: SCIMMY's resources
 * and schemas behind its Express routers, over two in-memory maps. It
 * proves the console's client against another implementation of RFC 7644.
 * SCIMMY parses filters but leaves applying them to the handlers.
 */
export function createScimmyApp(options: { apiKey: string }): Express {
  declareResources();

  const app = express();
  // Open CORS, so that the console's browser Connect can reach it.
  app.use((request, response, next) => {
    response.setHeader(
      'Access-Control-Allow-Origin',
      request.header('Origin') ?? '*',
    );
    response.setHeader(
      'Access-Control-Allow-Methods',
      'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    );
    response.setHeader(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, If-Match, Accept',
    );
    response.setHeader('Access-Control-Expose-Headers', 'ETag, Location');
    if (request.method === 'OPTIONS') response.sendStatus(204);
    else next();
  });
  app.use(
    '/scim',
    new SCIMMYRouters({
      type: 'bearer',
      handler: (request) => {
        if (request.header('Authorization') !== `Bearer ${options.apiKey}`) {
          throw new Error('The API key is missing or not valid.');
        }
        return 'console-admin';
      },
    }),
  );
  return app;
}

interface Request {
  id?: string;
  filter?: { match(values: unknown[]): unknown[] };
}

// SCIMMY's declarations are process-wide, and so are the resources they
// serve: every app of this process shares them.
let declared = false;

function declareResources() {
  if (declared) return;
  declared = true;
  const user = handlers(new Map());
  const group = handlers(new Map());
  // SCIMMY types its handlers against its schema classes, which our plain
  // JSON records are not: `never` lets them through.
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .ingress<never>(user.ingress)
    .egress<never>(user.egress)
    .degress(user.degress);
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .ingress<never>(group.ingress)
    .egress<never>(group.egress)
    .degress(group.degress);
}

function handlers(store: Map<string, Stored>) {
  const missing = (id: string) =>
    new SCIMMY.Types.Error(404, 'noTarget', `No resource ${id}.`);
  return {
    ingress(resource: Request, instance: unknown) {
      const id = resource.id ?? randomUUID();
      const before = store.get(id);
      if (resource.id && !before) throw missing(id);
      const now = new Date().toISOString();
      const created =
        (before?.meta as { created?: string } | undefined)?.created ?? now;
      const stored: Stored = {
        ...(JSON.parse(JSON.stringify(instance)) as Record<string, unknown>),
        id,
        meta: { created, lastModified: now },
      };
      store.set(id, stored);
      return stored as never;
    },
    egress(resource: Request) {
      if (resource.id) {
        const found = store.get(resource.id);
        if (!found) throw missing(resource.id);
        return found as never;
      }
      const all = [...store.values()];
      return (resource.filter ? resource.filter.match(all) : all) as never;
    },
    degress(resource: Request) {
      if (!resource.id || !store.delete(resource.id))
        throw missing(resource.id ?? '');
    },
  };
}
