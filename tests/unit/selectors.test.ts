// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

type SelectorMap = Record<string, string | readonly string[]>;
type Counts = Record<string, Record<string, number>>;

const selectorModules = import.meta.glob<{ SELECTORS: SelectorMap }>('../../lib/sites/*/selectors.ts', { eager: true });
const countModules = import.meta.glob<{ EXPECTED_COUNTS: Counts }>('../fixtures/*/expected-counts.ts', { eager: true });
/** Each network's selectors with the counts its fixtures must give (tests/fixtures/<network>/expected-counts.ts). */
const modules = Object.fromEntries(
  Object.entries(selectorModules).map(([path, module]) => {
    const network = path.split('/').at(-2) ?? '';
    const counts = countModules[`../fixtures/${network}/expected-counts.ts`]?.EXPECTED_COUNTS ?? {};
    return [network, { SELECTORS: module.SELECTORS, EXPECTED_COUNTS: counts }];
  }),
);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function count(doc: Document, selector: string | readonly string[]): number {
  const list = typeof selector === 'string' ? [selector] : selector;
  return new Set(list.flatMap((one) => [...doc.querySelectorAll(one)])).size;
}

describe.each(Object.entries(modules))('%s', (network, module) => {
  it('has fixtures and expectations for every fixture', () => {
    const files = readdirSync(join(FIXTURES, network)).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(module.EXPECTED_COUNTS).sort()).toEqual(files.sort());
  });

  const rows = Object.entries(module.EXPECTED_COUNTS).flatMap(([file, counts]) =>
    Object.entries(counts).map(([name, expected]) => ({ file, name, expected })),
  );
  it.each(rows)('$file: $name matches $expected', ({ file, name, expected }) => {
    const selector = module.SELECTORS[name];
    expect(selector, `${name} is not in SELECTORS`).toBeDefined();
    const doc = loadFixture(network, file, 'https://example.invalid/');
    expect(count(doc, selector ?? '')).toBe(expected);
  });
});
