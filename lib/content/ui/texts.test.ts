import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Fresh modules, a browser answering the catalog; returns the page's texts module and what it asked for. */
async function freshTexts() {
  vi.resetModules();
  const { browser } = await import('@/lib/browser');
  const asked: string[] = [];
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    asked.push(message.type);
    return {
      ok: true,
      result: { guardBadge: { message: 'Posting as $who$', placeholders: { who: { content: '$1' } } } },
    };
  }) as never);
  return { texts: await import('@/lib/content/ui/texts'), asked };
}

describe('the page texts', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('are not asked for with the page, only on their first use; tr is empty until they arrive', async () => {
    const { texts, asked } = await freshTexts();
    texts.connectPageTexts();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);

    expect(texts.tr('guardBadge', ['@acme'])).toBe('');
    await vi.waitFor(() => expect(texts.tr('guardBadge', ['@acme'])).toBe('Posting as @acme'));
    expect(asked).toEqual(['i18nCatalog']);
  });

  it('are asked for by a UI waiting for them', async () => {
    const { texts, asked } = await freshTexts();
    texts.connectPageTexts();
    await texts.pageTextsReady();
    expect(asked).toEqual(['i18nCatalog']);
    expect(texts.tr('guardBadge', ['@acme'])).toBe('Posting as @acme');
  });
});
