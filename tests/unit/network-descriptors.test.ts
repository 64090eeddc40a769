import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NETWORK_LIST } from '../../lib/networks';
import type { NetworkDescriptor } from '../../lib/sites/descriptor';
import { productFiles } from './import-graph';

const ROOT = join(import.meta.dirname, '..', '..');
/** The files every site folder has; a network may add others (composers.ts, identity.ts, urls.ts…). */
const SITE_FILES = ['network.ts', 'index.ts', 'adapter.ts', 'selectors.ts', 'posts.ts'];
/** Beside each network's fixture pages. */
const FIXTURE_FILES = ['expected-counts.ts'];
const descriptors = import.meta.glob<Record<string, NetworkDescriptor>>('../../lib/sites/*/network.ts', {
  eager: true,
});

/** Every part of a descriptor, checked at run time too: a registry line must bring a whole network. */
function missingParts(network: NetworkDescriptor): string[] {
  const missing: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(network.id)) missing.push('id');
  if (!network.label.trim()) missing.push('label');
  if (network.runsOnGrantedServers ? network.hosts.length > 0 : network.hosts.length === 0) missing.push('hosts');
  for (const host of network.hosts) if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) missing.push(`host ${host}`);
  const { limits } = network.length;
  if (!network.length.count || !limits || !['post', 'reply', 'message'].every((box) => box in limits)) {
    missing.push('length');
  }
  const composer = network.composerUrl('server.example');
  if (composer !== null && !composer.startsWith('https://')) missing.push('composerUrl');
  if (!['@', 'u/', ''].includes(network.handles.mention)) missing.push('handles');
  if (Object.values(network.pageState).some((reader) => typeof reader !== 'function')) missing.push('pageState');
  if (!Array.isArray(network.studyWindows)) missing.push('studyWindows');
  return missing;
}

describe('network descriptors', () => {
  it.each(NETWORK_LIST.map((network) => [network.id, network] as const))('%s is complete', (id, network) => {
    expect(missingParts(network)).toEqual([]);
    const module = descriptors[`../../lib/sites/${id}/network.ts`];
    expect(module?.[`${id}Network`], `lib/sites/${id}/network.ts exports ${id}Network`).toBe(network);
  });

  it.each(NETWORK_LIST.map((network) => network.id))('%s has the folder shape every network has', async (id) => {
    for (const file of SITE_FILES) {
      expect(existsSync(join(ROOT, 'lib/sites', id, file)), `lib/sites/${id}/${file}`).toBe(true);
    }
    const index = await import(`../../lib/sites/${id}/index.ts`);
    expect(index[`${id}Network`], `lib/sites/${id}/index.ts exports ${id}Network`).toBeDefined();
    expect(index[`${id}Adapter`]?.network, `lib/sites/${id}/index.ts exports ${id}Adapter`).toBe(id);
    const selectors = await import(`../../lib/sites/${id}/selectors.ts`);
    expect(selectors.SELECTORS, `lib/sites/${id}/selectors.ts exports SELECTORS`).toBeTypeOf('object');
    for (const file of FIXTURE_FILES) {
      expect(existsSync(join(ROOT, 'tests/fixtures', id, file)), `tests/fixtures/${id}/${file}`).toBe(true);
    }
  });

  it('test data stays out of lib/', () => {
    const files = readdirSync(join(ROOT, 'lib'), { recursive: true }).map(String);
    expect(files.filter((file) => /expected-counts/.test(file))).toEqual([]);
  });

  it('every site folder with a descriptor is in the registry', () => {
    const folders = Object.keys(descriptors).map((path) => path.split('/').at(-2));
    expect(folders.sort()).toEqual(NETWORK_LIST.map((network) => network.id).sort());
  });

  it('no host belongs to two networks', () => {
    const hosts = NETWORK_LIST.flatMap((network) => network.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('no product file outside its network folder names a network id, except the registry and its id list', () => {
    const ids = NETWORK_LIST.map((network) => network.id).join('|');
    const literal = new RegExp(`['"\`](${ids})['"\`]`);
    const folders = NETWORK_LIST.map((network) => `lib/sites/${network.id}/`);
    /** Not network ids: the inbox's "x" key selects an item. */
    const keyboard = new Set(['components/inbox/inbox-keys.ts', 'components/inbox/help-overlay.tsx']);
    const offenders = productFiles()
      // The id list content scripts load instead of the registry is held to it (network-ids.test.ts).
      .filter((file) => file !== 'lib/networks.ts' && file !== 'lib/network-ids.ts' && !keyboard.has(file))
      .filter((file) => !folders.some((folder) => file.startsWith(folder)))
      .filter((file) => literal.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
