import { describe, expect, it } from 'vitest';
import { coreHandlers } from '@/lib/background/handlers/core';
import type { HandlerContext } from '@/lib/messaging/handle';

const content: HandlerContext = { sender: 'content', tabId: 1, windowId: 1 };
const handlers = coreHandlers({
  db: async () => {
    throw new Error('no database in this test');
  },
  now: () => 0,
  newId: () => 'id',
  openSidePanel: async () => undefined,
});

describe('i18nCatalog', () => {
  it('answers the whole catalogue, or only the texts a content script asks for', async () => {
    const whole = await handlers.i18nCatalog({ locale: 'fr' }, content);
    expect(Object.keys(whole).length).toBeGreaterThan(500);
    const few = await handlers.i18nCatalog({ locale: 'fr', prefixes: ['guardBadge', 'captureControl'] }, content);
    const expected = Object.keys(whole).filter(
      (key) => key.startsWith('guardBadge') || key.startsWith('captureControl'),
    );
    expect(Object.keys(few).sort()).toEqual(expected.sort());
    expect(Object.keys(few)).toContain('captureControlLabel');
    expect(few.guardBadge).toEqual(whole.guardBadge);
  });
});
