import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { draftHandlers } from '@/lib/background/handlers/drafts';
import { handleMessage } from '@/lib/messaging/handle';

const deps = {
  db: async () => {
    throw new Error('no database here');
  },
  now: () => 5_000,
  newId: () => 'id',
  openSidePanel: async () => undefined,
};
const page = { sender: 'page' as const, tabId: null, windowId: null };

beforeEach(() => fakeBrowser.reset());

describe('edit drafts in the background (the one writer)', () => {
  it('two drafts saved at the same moment both land; a discard removes only its own', async () => {
    const handlers = draftHandlers(deps);
    await Promise.all([
      handlers.saveEditDraft({ key: 'template:t1', kind: 'template', label: 'Merci', value: { body: 'a' } }, page),
      handlers.saveEditDraft({ key: 'calendar:new', kind: 'calendar', label: 'Launch', value: { title: 'b' } }, page),
    ]);
    expect((await handlers.listEditDrafts({}, page)).drafts.map((draft) => draft.key).sort()).toEqual([
      'calendar:new',
      'template:t1',
    ]);
    expect((await handlers.listEditDrafts({ kind: 'calendar' }, page)).drafts).toEqual([
      { key: 'calendar:new', kind: 'calendar', label: 'Launch', value: { title: 'b' }, savedAt: 5_000 },
    ]);
    expect(await handlers.discardEditDraft({ key: 'template:t1' }, page)).toEqual({ discarded: true });
    expect(await handlers.discardEditDraft({ key: 'template:t1' }, page)).toEqual({ discarded: false });
    expect((await handlers.listEditDrafts({}, page)).drafts.map((draft) => draft.key)).toEqual(['calendar:new']);
  });

  it('only extension pages may keep drafts, and an invalid draft is refused', async () => {
    const handlers = createHandlers(deps);
    const draft = { key: 'template:t1', kind: 'template', label: 'x', value: 'y' };
    const fromContent = await handleMessage(
      handlers,
      { type: 'saveEditDraft', data: draft },
      {
        sender: 'content',
        tabId: 1,
        windowId: 1,
        network: 'x',
      },
    );
    expect(fromContent).toMatchObject({ ok: false });
    const bad = await handleMessage(handlers, { type: 'saveEditDraft', data: { ...draft, kind: 'other' } }, page);
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('kind') });
  });
});
