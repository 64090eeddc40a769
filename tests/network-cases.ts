/**
 * Each network's test cases, from tests/fixtures/<network>/cases.ts: the e2e specs (sites,
 * capture, guard, templates) and both benchmarks iterate these lists, so a network added to the
 * registry with its fixture folder is covered without editing a spec. Works in Playwright and
 * vitest alike (a dynamic import per network).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NETWORK_LIST } from '../lib/networks';
import type { NetworkDescriptor } from '../lib/sites/descriptor';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

/** A page of the network as the side panel's Site health shows it, with a composer to insert into. */
export interface SiteCase {
  /** Names the layout when the network has several (LinkedIn mainFeed 2026, Facebook home 2025…). */
  variant?: string;
  /** Served at this address (the real hostname, routed to the fixture). */
  url: string;
  /** File name in the network's fixture folder. */
  fixture: string;
  /** The active account as Site health shows it. */
  handle: string;
  posts: number;
  /** data-fixture-id of the composer to insert into. */
  composer: string;
}

export interface CaptureCase {
  /** Names the layout when the network has several (LinkedIn legacy / SDUI). */
  variant?: string;
  url: string;
  fixture: string;
  /** Text of the comment or reply to capture by control and command, and its id. */
  text: string;
  id: string;
  /** Text of another post, captured through the context menu's path, and its id. */
  menuText: string;
  menuId: string;
}

export interface GuardCase {
  variant?: string;
  url: string;
  fixture: string;
  composer: string;
  /** The active account's handle on the page. */
  handle: string;
  /** How the keyboard sends there: a key in the editor, or Enter on the focused send button. */
  key: 'Control+Enter' | 'Enter' | 'button';
  /** False where the fixture wires no send key but the adapter still holds Ctrl+Enter (Threads). */
  keySends?: boolean;
}

export interface TemplatesCase {
  variant?: string;
  url: string;
  fixture: string;
  composer: string;
}

/** The page the site benchmark repeats the first post of. */
export interface BenchCase {
  url: string;
  fixture: string;
}

/** What tests/fixtures/<network>/cases.ts exports as `cases`; a network lists what its fixtures cover. */
export interface NetworkCases {
  site?: SiteCase[];
  capture?: CaptureCase[];
  guard?: GuardCase[];
  templates?: TemplatesCase[];
  bench?: BenchCase;
}

export interface LoadedCases {
  network: NetworkDescriptor;
  /** The network's fixture folder. */
  dir: string;
  cases: NetworkCases;
}

/** Loads each network's cases.ts from its fixture folder (`dirs` overrides a folder, for tests). */
export async function loadNetworkCases(
  networks: readonly NetworkDescriptor[] = NETWORK_LIST,
  dirs: Record<string, string> = {},
): Promise<LoadedCases[]> {
  return Promise.all(
    networks.map(async (network) => {
      const dir = dirs[network.id] ?? join(FIXTURES_DIR, network.id);
      const module: { cases: NetworkCases } = await import(pathToFileURL(join(dir, 'cases.ts')).href);
      return { network, dir, cases: module.cases };
    }),
  );
}

/** One kind of case across networks, each with its network, a title and its fixture path. */
export function casesOf<K extends Exclude<keyof NetworkCases, 'bench'>>(
  kind: K,
  loaded: readonly LoadedCases[],
): (NonNullable<NetworkCases[K]>[number] & {
  network: NetworkDescriptor;
  /** "LinkedIn (SDUI)": the network's label and the case's variant. */
  title: string;
  /** The fixture file to serve, as an absolute path; its short name for test titles ("x/feed.html"). */
  fixture: string;
  fixtureName: string;
})[] {
  return loaded.flatMap(({ network, dir, cases }) =>
    (cases[kind] ?? []).map((one) => ({
      ...one,
      network,
      title: 'variant' in one && one.variant ? `${network.label} (${one.variant})` : network.label,
      fixture: join(dir, one.fixture),
      fixtureName: `${network.id}/${one.fixture}`,
    })),
  );
}

/** The benchmark's pages: each network's bench case, with its fixture folder. */
export function benchCasesOf(loaded: readonly LoadedCases[]) {
  return loaded.flatMap(({ network, dir, cases }) => (cases.bench ? [{ network, dir, ...cases.bench }] : []));
}
