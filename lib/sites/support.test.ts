import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_LIST } from '@/lib/networks';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { SUPPORT } from '@/lib/sites/support';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');

describe('what each network supports, layout by layout', () => {
  it.each(NETWORK_LIST.map((network) => network.id))('%s: every layout names fixtures that exist', (network) => {
    expect(SUPPORT[network].length).toBeGreaterThan(0);
    for (const entry of SUPPORT[network]) {
      for (const file of entry.fixture.split(', ')) expect(existsSync(join(FIXTURES, network, file)), file).toBe(true);
    }
  });

  it.each([linkedinAdapter, facebookAdapter, instagramAdapter])(
    '$network: the table lists exactly the adapter’s post layouts (comments aside)',
    (adapter) => {
      const names = (adapter.layouts ?? []).map((layout) => layout.name).filter((name) => !name.startsWith('comment'));
      expect(SUPPORT[adapter.network].map((entry) => entry.layout)).toEqual(names);
    },
  );
});

it('the README documents every layout of the table', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  for (const network of NETWORK_LIST) {
    for (const entry of SUPPORT[network.id]) {
      const row = readme
        .split('\n')
        .find((line) => line.startsWith(`| ${network.label} `) && line.includes(`| ${entry.layout} `));
      expect(row, `${network.label} ${entry.layout}`).toBeDefined();
      expect(row).toContain(entry.posts === 'link' ? 'with link' : entry.posts === 'no-link' ? 'no link' : '| no ');
      expect(row).toContain(entry.boxes.join(', '));
    }
  }
});
