import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templateSchema } from '@/lib/templates/model';
import { STARTER_DRAFTS } from '@/lib/templates/starter';
import { parseStoredTemplates } from '@/lib/templates/stored-template';
import { fieldsOf, renderTemplate } from '@/lib/templates/variables';

describe('template storage', () => {
  it('seeds the starter set on first install, and never over a stored library', async () => {
    const { readTemplates, templatesItem } = await import('@/lib/templates/store');
    expect((await readTemplates()).map((template) => template.id)).toEqual(STARTER_DRAFTS.map((draft) => draft.id));
    await templatesItem.setValue([]);
    expect(await readTemplates()).toEqual([]);
  });

  it('migrates version 1 (counts inside each template) to version 2 (counts in their own item), losing none', async () => {
    const v1 = [
      { id: 'a', name: 'A', body: 'a', useCount: 7, lastUsedAt: 500, createdAt: 1, updatedAt: 2 },
      { id: 'b', name: 'B', body: 'b', useCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 2 },
    ];
    await fakeBrowser.storage.local.set({ templates: v1 });
    vi.resetModules();
    const fresh = await import('@/lib/templates/store');
    expect(await fresh.readTemplates()).toEqual([
      { ...v1[0], shortcut: '', tags: [], networks: [], language: 'any' },
      { ...v1[1], shortcut: '', tags: [], networks: [], language: 'any' },
    ]);
    const stored = await fakeBrowser.storage.local.get(['templates', 'templates$', 'templateUses']);
    expect(stored.templates$).toEqual({ v: 2 });
    expect((stored.templates as object[])[0]).not.toHaveProperty('useCount');
    expect(stored.templateUses).toEqual({ a: { count: 7, lastUsedAt: 500 } });
  });

  it('keeps the valid entries of a damaged stored value', () => {
    const good = { id: 'a', name: 'A', body: 'b', createdAt: 0, updatedAt: 0 };
    expect(parseStoredTemplates([good, { id: 'b' }, 'junk']).map((template) => template.id)).toEqual(['a']);
    expect(parseStoredTemplates('junk')).toEqual([]);
  });

  it('has a valid starter set in both languages, each rendering without unknown variables', () => {
    for (const draft of STARTER_DRAFTS) {
      expect(templateSchema.safeParse({ ...draft, createdAt: 0, updatedAt: 0 }).success, draft.id).toBe(true);
      const fields = Object.fromEntries(fieldsOf(draft.body).map((label) => [label, 'x']));
      const result = renderTemplate(draft.body, {
        now: new Date(0),
        locale: 'fr',
        author: { name: 'Marie Dupont' },
        brand: 'Acme',
        fields,
      });
      expect(result.missing, draft.id).toEqual([]);
    }
    expect(STARTER_DRAFTS.filter((draft) => draft.language === 'fr')).toHaveLength(6);
    expect(STARTER_DRAFTS.filter((draft) => draft.language === 'en')).toHaveLength(6);
  });
});

void fakeBrowser;
