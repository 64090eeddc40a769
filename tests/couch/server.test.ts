// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, startCouchServer } from './server';

/** The test server must refuse what CouchDB refuses, or the extension's tests would prove nothing. */
describe('the CouchDB-protocol test server', () => {
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await startCouchServer();
    await couch.addUser('lea', 'lea-password');
    await couch.addUser('eve', 'eve-password');
    await couch.addDatabase('brand-team', ['lea']);
  });
  afterAll(() => couch.stop());

  const get = (path: string, user?: string, password?: string) =>
    fetch(`${couch.url}${path}`, {
      headers: user ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } : {},
    });

  it('lets a member in, refuses a wrong password, a non-member and anonymous access', async () => {
    expect((await get('/brand-team', 'lea', 'lea-password')).status).toBe(200);
    const wrong = await get('/brand-team', 'lea', 'not-her-password');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Name or password is incorrect');
    expect((await get('/brand-team', 'eve', 'eve-password')).status).toBe(401);
    expect((await get('/brand-team')).status).toBe(401);
    expect((await get('/_session', 'lea', 'not-her-password')).status).toBe(401);
  });

  it('keeps its data across a stop and a start on the same port', async () => {
    const put = await fetch(`${couch.url}/brand-team/kept`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from('lea:lea-password').toString('base64')}` },
      body: '{"a":1}',
    });
    expect(put.status).toBe(201);
    await couch.stop();
    await expect(get('/brand-team', 'lea', 'lea-password')).rejects.toThrow();
    await couch.start();
    expect((await couch.allDocs('brand-team')).map((doc) => doc._id)).toContain('kept');
  });
});
