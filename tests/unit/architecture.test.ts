import { describe, expect, it } from 'vitest';
import { importCycles, importsOf, productFiles } from './import-graph';

/** The layers of docs/architecture.md, and what each may not import. */
const DOMAIN = [
  'lib/inbox/',
  'lib/calendar/',
  'lib/guard/',
  'lib/templates/',
  'lib/capture/',
  'lib/text/',
  'lib/audit/',
  'lib/reports/',
  'lib/crisis/',
];
const STORAGE = ['lib/db/'];
const MESSAGING = ['lib/messaging/'];
const BACKGROUND = ['lib/background/'];
const under = (prefixes: readonly string[]) => (file: string) => prefixes.some((prefix) => file.startsWith(prefix));

describe('architecture', () => {
  const files = productFiles();

  it('has no import circle', () => {
    expect(importCycles(files).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('the cycle check finds a circle when there is one', () => {
    const fake = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
    ]);
    expect(importCycles([...fake.keys()], (file) => fake.get(file) ?? [])).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('domain folders own their types: they never import storage, the protocol or the background', () => {
    const layers = under([...STORAGE, ...MESSAGING, ...BACKGROUND]);
    const offenders = files.filter(under(DOMAIN)).flatMap((file) =>
      importsOf(file)
        .filter(layers)
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only the background and its entrypoint import the background handlers', () => {
    const offenders = files
      .filter((file) => !under(BACKGROUND)(file) && file !== 'entrypoints/background.ts')
      .flatMap((file) =>
        importsOf(file)
          .filter(under(BACKGROUND))
          .map((to) => `${file} → ${to}`),
      )
      // The popup opens the side panel itself: the browser requires the user's click there.
      .filter((edge) => !edge.endsWith('lib/background/side-panel.ts'));
    expect(offenders).toEqual([]);
  });
});
