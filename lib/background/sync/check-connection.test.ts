// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnection } from '@/lib/background/sync/check-connection';
import { type CouchServer, startCouchServer } from '@/tests/couch/server';

describe('Test connection against a real CouchDB-protocol server', () => {
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await startCouchServer();
    await couch.addUser('lea', 'lea-password');
    await couch.addUser('eve', 'eve-password');
    await couch.addDatabase('brand-team', ['lea']);
  });
  afterAll(() => couch.stop());
  const granted = async () => true;
  const lea = () => ({ url: couch.url, db: 'brand-team', user: 'lea', password: 'lea-password' });

  it('says exactly what is wrong', async () => {
    expect(await checkConnection(lea(), granted)).toBeNull();
    expect(await checkConnection({ ...lea(), password: 'nope' }, granted)).toBe('wrong-password');
    expect(await checkConnection({ ...lea(), user: 'eve', password: 'eve-password' }, granted)).toBe('no-access');
    expect(await checkConnection({ ...lea(), db: 'other-team' }, granted)).toBe('no-database');
    expect(await checkConnection({ ...lea(), url: 'http://couch.example.org' }, granted)).toBe('insecure');
    expect(await checkConnection(lea(), async () => false)).toBe('permission');
    expect(await checkConnection({ ...lea(), url: 'http://127.0.0.1:9' }, granted)).toBe('unreachable');
  });

  it('tells a server without CORS headers from one that is down', async () => {
    const blockedByCors: typeof fetch = async (_input, init) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    };
    expect(await checkConnection(lea(), granted, blockedByCors)).toBe('cors');
  });
});
