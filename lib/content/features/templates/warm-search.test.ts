import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/templates/model';

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

/** Fresh modules for each test: the warm-up runs once per content script, the index lives per page. */
async function load() {
  vi.resetModules();
  const { warmLibrarySearch } = await import('@/lib/content/features/templates/warm-search');
  const { isSearchPrepared } = await import('@/lib/templates/search-index');
  const { readTemplates, templatesItem } = await import('@/lib/templates/store');
  return { warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem };
}

describe('warming the picker’s search', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('folds nothing until asked (a page nobody writes in), then every stored template', async () => {
    const { warmLibrarySearch, isSearchPrepared, readTemplates, templatesItem } = await load();
    await templatesItem.setValue(Array.from({ length: 300 }, (_, index) => stored(index)) as unknown as Template[]);
    const library = await readTemplates();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(library.some(isSearchPrepared)).toBe(false);

    warmLibrarySearch(new AbortController().signal);
    // The library as the picker reads it (validated, with its usage) is what was folded.
    await vi.waitFor(() => expect(library.every(isSearchPrepared)).toBe(true));
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
});
