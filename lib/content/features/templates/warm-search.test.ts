import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/templates/model';

// The background's answer, as lib/background/handlers/templates.ts gives it: the stored library in parts.
const parts = vi.hoisted(() => ({ asked: [] as { from: number; count: number }[] }));
vi.mock('@/lib/messaging/content-sender', () => ({
  async sendToBackground(type: string, data: { from: number; count: number }) {
    if (type !== 'templateLibraryPart') throw new Error(`unexpected ${type}`);
    parts.asked.push(data);
    const { templatesItem } = await import('@/lib/templates/store');
    const stored: unknown[] = await templatesItem.getValue();
    return { entries: stored.slice(data.from, data.from + data.count), total: stored.length };
  },
}));

const stored = (index: number) => ({
  id: `t${index}`,
  name: `Réponse ${index}`,
  shortcut: `rep${index}`,
  body: `Bonjour {author.firstName}, merci pour votre message n°${index} — {brand}`,
  tags: index % 2 ? ['support'] : [],
  networks: [],
  language: 'fr',
  createdAt: 1,
  updatedAt: 1,
});

/**
 * A fresh page for each test: the warm-up runs once per content script, the index lives per page,
 * both on the world's global (shared across bundles).
 */
async function load() {
  (await import('@/lib/shared-across-bundles')).forgetSharedState();
  const { warmLibrarySearch } = await import('@/lib/content/features/templates/warm-search');
  const { readLibrary } = await import('@/lib/content/features/templates/read-library');
  const { isSearchPrepared } = await import('@/lib/templates/search-index');
  const { readTemplates, templatesItem } = await import('@/lib/templates/store');
  const { templateUsesItem } = await import('@/lib/templates/uses');
  return { readLibrary, warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem, templateUsesItem };
}

describe('warming the picker’s search', () => {
  beforeEach(async () => {
    (await import('@/lib/shared-across-bundles')).forgetSharedState();
  });

  it('folds nothing until asked (a page nobody writes in), then every stored template', async () => {
    const { warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem } = await load();
    await templatesItem.setValue(Array.from({ length: 300 }, (_, index) => stored(index)) as unknown as Template[]);
    const library = await readTemplates();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(library.some(isSearchPrepared)).toBe(false);

    parts.asked = [];
    warmLibrarySearch(new AbortController().signal);
    // The library as the picker reads it (validated, with its usage) is what was folded.
    await vi.waitFor(() => expect(library.every(isSearchPrepared)).toBe(true));
    // Read in parts: no message brings the whole library into the page at once.
    expect(parts.asked).toEqual([
      { from: 0, count: 250 },
      { from: 250, count: 250 },
    ]);
  });

  it('skips a damaged entry without losing the others, and stops when its page ends', async () => {
    const { warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem } = await load();
    await templatesItem.setValue([stored(1), { id: 'broken', body: 42 }, stored(2)] as unknown as Template[]);
    const library = await readTemplates();
    expect(library.map((template) => template.id)).toEqual(['t1', 't2']);
    warmLibrarySearch(new AbortController().signal);
    await vi.waitFor(() => expect(library.every(isSearchPrepared)).toBe(true));

    const fresh = await load();
    await fresh.templatesItem.setValue([stored(3)] as unknown as Template[]);
    const ended = new AbortController();
    ended.abort();
    fresh.warmLibrarySearch(ended.signal);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await fresh.readTemplates()).some(fresh.isSearchPrepared)).toBe(false);
  });

  it('gives the picker the library it read (usage read fresh) until storage says the library changed', async () => {
    const { readLibrary, warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem, templateUsesItem } =
      await load();
    await templatesItem.setValue([stored(1), { id: 'broken' }, stored(2)] as unknown as Template[]);
    warmLibrarySearch(new AbortController().signal);
    await vi.waitFor(async () => expect((await readTemplates()).every(isSearchPrepared)).toBe(true));

    await templateUsesItem.setValue({ t2: { count: 3, lastUsedAt: 50 } });
    expect(await readLibrary()).toEqual(await readTemplates());
    expect((await readLibrary()).map((template) => [template.id, template.useCount])).toEqual([
      ['t1', 0],
      ['t2', 3],
    ]);

    // An edit made elsewhere (the options page): the next opening reads the new library.
    await templatesItem.setValue([{ ...stored(2), name: 'Renamed' }] as unknown as Template[]);
    await vi.waitFor(async () => expect((await readLibrary()).map((template) => template.name)).toEqual(['Renamed']));
    expect(await readLibrary()).toEqual(await readTemplates());
  });

  it('gives an opening typed while the parts arrive the library they bring, not a second read', async () => {
    const { readLibrary, warmLibrarySearch, readTemplates, templatesItem } = await load();
    await templatesItem.setValue(Array.from({ length: 600 }, (_, index) => stored(index)) as unknown as Template[]);
    parts.asked = [];
    const reads = vi.spyOn(templatesItem, 'getValue');
    warmLibrarySearch(new AbortController().signal);
    const opened = await readLibrary();
    // Three parts, each cut from storage by the mocked background; the page read nothing itself.
    expect(parts.asked).toHaveLength(3);
    expect(reads).toHaveBeenCalledTimes(3);
    reads.mockRestore();
    expect(opened).toEqual(await readTemplates());
    // The templates the opening got are the warm-up's (validated once, folded there).
    expect(await readLibrary()).toEqual(opened);
  });

  it('reads from storage when nothing was warmed (the keyboard command opens the picker without a focus)', async () => {
    const { readLibrary, readTemplates, templatesItem } = await load();
    await templatesItem.setValue([stored(4)] as unknown as Template[]);
    expect(await readLibrary()).toEqual(await readTemplates());
  });
});
