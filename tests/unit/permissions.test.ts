import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Least privilege: every permission the manifest asks for is justified in the README, or removed. */
describe('permissions', () => {
  it('each permission in wxt.config.ts is justified in the README’s Permissions table', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const block = /permissions: \[([\s\S]*?)\],/.exec(config)?.[1] ?? '';
    const permissions = [...block.matchAll(/'([a-zA-Z]+)'/g)]
      .map((match) => match[1] ?? '')
      .filter((word) => word !== 'firefox');
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'unlimitedStorage', 'scripting']));
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('### Permissions'), readme.indexOf('## Performance'));
    const missing = permissions.filter((permission) => !table.includes(`| \`${permission}\``));
    expect(missing).toEqual([]);
    expect(config).toContain("optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']");
    expect(table).toContain('optional `http://localhost/*`, `http://127.0.0.1/*`');
    expect(table).toContain('optional `https://*/*`');
    expect(table).toContain('main-world bridge');
  });
});
