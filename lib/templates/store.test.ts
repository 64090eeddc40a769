import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseStoredTemplates, templateSchema } from '@/lib/templates/model';
import { STARTER_DRAFTS } from '@/lib/templates/starter';
import { fieldsOf, renderTemplate } from '@/lib/templates/variables';

describe('template storage', () => {
  it('seeds the starter set on first install, and never over a stored library', async () => {
    const { readTemplates, templatesItem } = await import('@/lib/templates/store');
    expect((await readTemplates()).map((template) => template.id)).toEqual(STARTER_DRAFTS.map((draft) => draft.id));
    await templatesItem.setValue([]);
    expect(await readTemplates()).toEqual([]);
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
