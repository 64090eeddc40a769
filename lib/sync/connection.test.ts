import { describe, expect, it } from 'vitest';
import { serverBase, serverOrigin } from '@/lib/sync/connection';

describe('serverBase', () => {
  it('requires HTTPS except on this computer', () => {
    expect(serverBase('https://couch.example.org/')).toEqual({ base: 'https://couch.example.org' });
    expect(serverBase('http://127.0.0.1:5984')).toEqual({ base: 'http://127.0.0.1:5984' });
    expect(serverBase('http://localhost:5984/couch/')).toEqual({ base: 'http://localhost:5984/couch' });
    expect(serverBase('http://couch.example.org')).toEqual({ problem: 'insecure' });
    expect(serverBase('couch.example.org')).toEqual({ problem: 'bad-url' });
    expect(serverBase('https://lea:pw@couch.example.org')).toEqual({ problem: 'bad-url' });
    expect(serverBase('ftp://couch.example.org')).toEqual({ problem: 'bad-url' });
  });

  it('asks permission for the server’s origin only', () => {
    expect(serverOrigin('https://couch.example.org/couch')).toBe('https://couch.example.org/*');
  });
});
