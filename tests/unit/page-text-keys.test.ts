/**
 * The texts every page asks for (lib/content/ui/page-text-prefixes.ts) are the ones its content script
 * can show: every message key written in a file a content script loads is in the list, so the
 * page never shows an empty label, and the list asks for nothing more than that (the whole
 * catalogue, ~1,000 texts, would cost every page its transfer and its memory).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_UI_TEXT_PREFIXES, PAGE_TEXT_PREFIXES, PICKER_TEXT_PREFIXES } from '@/lib/content/ui/page-text-prefixes';
import { importsOf, ROOT } from './import-graph';

const catalog = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  unknown
>;
const LITERAL = /'([A-Za-z][\w]*)'|"([A-Za-z][\w]*)"|`([A-Za-z][\w]*)`/g;

function filesReachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file)) visit(next);
  };
  visit(entry);
  return seen;
}

/** Message keys written as literals in the files a content script loads. */
function keysUsedBy(entry: string): Set<string> {
  const keys = new Set<string>();
  for (const file of filesReachable(entry)) {
    if (file === 'lib/content/ui/page-text-prefixes.ts') continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const match of source.matchAll(LITERAL)) {
      const word = match[1] ?? match[2] ?? match[3] ?? '';
      if (Object.hasOwn(catalog, word)) keys.add(word);
    }
  }
  return keys;
}

describe('the texts a page asks for', () => {
  const entries = readdirSync(join(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content.ts'));
  const used = new Set(entries.flatMap((entry) => [...keysUsedBy(`entrypoints/${entry}`)]));

  const asked = (key: string) => PAGE_TEXT_PREFIXES.some((prefix) => key.startsWith(prefix));

  it('hold every text a content script can show', () => {
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !asked(key)).sort()).toEqual([]);
  });

  it('each name texts a content script shows, and together a small part of the catalogue', () => {
    expect(PAGE_TEXT_PREFIXES.filter((prefix) => ![...used].some((key) => key.startsWith(prefix)))).toEqual([]);
    expect(Object.keys(catalog).filter(asked).length).toBeLessThan(Object.keys(catalog).length / 5);
  });

  it('the scan sees a text where one is used', () => {
    expect(keysUsedBy('lib/content/features/guard/labels.ts').size).toBeGreaterThan(0);
  });
});

/**
 * The bundles a box's focus loads ask only for their own texts too: the whole catalogue is a long
 * task to receive and check in the page (entrypoints/template-picker.ts, guard-ui.ts).
 */
describe.each([
  ['entrypoints/template-picker.ts', PICKER_TEXT_PREFIXES],
  ['entrypoints/guard-ui.ts', GUARD_UI_TEXT_PREFIXES],
])('the texts %s asks for', (entry, prefixes) => {
  const used = keysUsedBy(entry);
  const asked = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));

  it('hold every text it can show, and a small part of the catalogue', () => {
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !asked(key)).sort()).toEqual([]);
    expect(prefixes.filter((prefix) => ![...used].some((key) => key.startsWith(prefix)))).toEqual([]);
    expect(Object.keys(catalog).filter(asked).length).toBeLessThan(Object.keys(catalog).length / 5);
  });
});
