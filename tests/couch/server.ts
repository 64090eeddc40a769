/**
 * The CouchDB-protocol server the tests sync with: express-pouchdb (the HTTP layer of
 * pouchdb-server) on PouchDB 9's memory adapter, in the test's own process, on 127.0.0.1. It
 * speaks the replication protocol and checks what CouchDB checks: `_users` accounts with hashed
 * passwords (basic auth and `_session` cookies), an admin, and each database's `_security`
 * members. `stop()` drops every open connection and closes the port (a server going down in the
 * middle of a replication); `start()` again opens the same data on the same port, as a CouchDB
 * restarted on its disk would.
 */
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

const require = createRequire(import.meta.url);

export interface CouchServer {
  url: string;
  port: number;
  /** Creates a user in `_users`. */
  addUser(name: string, password: string): Promise<void>;
  /** Creates a database whose only members are `members`. */
  addDatabase(name: string, members: readonly string[]): Promise<void>;
  /** The documents of a database, read as the admin. */
  allDocs(db: string): Promise<Array<Record<string, unknown>>>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const COUCH_ADMIN = { name: 'admin', password: 'test-admin-secret' };

let pouch: unknown;
/** PouchDB 9 for Node with the memory, http and replication plugins (a plugin is added once per process). */
// biome-ignore lint/suspicious/noExplicitAny: PouchDB's Node build is untyped here.
export function nodePouchDB(): any {
  pouch ??= require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'));
  return pouch;
}

export async function startCouchServer(port = 0): Promise<CouchServer> {
  const PouchDB = nodePouchDB();
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
  const express = require(require.resolve('express', { paths: [require.resolve('express-pouchdb')] }));
  const app = express();
  if (process.env.COUCH_LOG) {
    const { appendFileSync } = require('node:fs');
    app.use(
      (
        req: { method: string; url: string },
        res: { on(e: string, f: () => void): void; statusCode: number },
        next: () => void,
      ) => {
        res.on('finish', () =>
          appendFileSync(process.env.COUCH_LOG as string, `${req.method} ${req.url} ${res.statusCode}\n`),
        );
        next();
      },
    );
  }
  app.use(
    '/',
    require('express-pouchdb')(MemoryPouch, { inMemoryConfig: true, mode: 'fullCouchDB', logPath: '/dev/null' }),
  );

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let boundPort = port;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const next: Server = app.listen(boundPort, '127.0.0.1', () => {
        boundPort = (next.address() as { port: number }).port;
        resolve();
      });
      next.on('error', reject);
      next.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server = next;
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await start();
  const url = `http://127.0.0.1:${boundPort}`;
  const adminAuth = `Basic ${Buffer.from(`${COUCH_ADMIN.name}:${COUCH_ADMIN.password}`).toString('base64')}`;
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: adminAuth },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok && response.status !== 412)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  // The first admin is created without credentials (CouchDB's "admin party" ends here).
  await fetch(`${url}/_config/admins/${COUCH_ADMIN.name}`, {
    method: 'PUT',
    body: JSON.stringify(COUCH_ADMIN.password),
  });

  return {
    url,
    get port() {
      return boundPort;
    },
    async addUser(name, password) {
      await call(`/_users/org.couchdb.user:${name}`, 'PUT', {
        _id: `org.couchdb.user:${name}`,
        name,
        password,
        roles: [],
        type: 'user',
      });
    },
    async addDatabase(name, members) {
      await call(`/${name}`, 'PUT');
      await call(`/${name}/_security`, 'PUT', {
        admins: { names: [], roles: [] },
        members: { names: members, roles: [] },
      });
    },
    async allDocs(db) {
      const result = (await call(`/${db}/_all_docs?include_docs=true&conflicts=true`)) as {
        rows: Array<{ doc: Record<string, unknown> }>;
      };
      return result.rows.map((row) => row.doc);
    },
    start,
    stop,
  };
}
