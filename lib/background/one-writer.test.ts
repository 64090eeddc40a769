import { describe, expect, it } from 'vitest';
import { guardHandlers } from '@/lib/background/handlers/guard';
import { templateHandlers } from '@/lib/background/handlers/templates';
import { serialize } from '@/lib/background/one-writer';
import { openCompanionDb } from '@/lib/db/open';
import { readAccounts, readSeenAccounts } from '@/lib/guard/store';
import type { HandlerContext } from '@/lib/messaging/handle';
import { readTemplates, templatesItem } from '@/lib/templates/store';
import { readTemplateUses } from '@/lib/templates/uses';

const page: HandlerContext = { sender: 'page', tabId: null, windowId: null };
const xPage: HandlerContext = { sender: 'content', tabId: 3, windowId: 1, network: 'x' };

function deps(name: string) {
  let id = 0;
  let db: ReturnType<typeof openCompanionDb> | undefined;
  return {
    db: () => (db ??= openCompanionDb(name)),
    now: () => 1_000,
    newId: () => `id-${++id}`,
    openSidePanel: async () => undefined,
  };
}

const draft = (name: string) => ({
  name,
  body: `${name} body`,
  shortcut: '',
  tags: [],
  networks: [],
  language: 'any' as const,
});

describe('one writer per piece of data: two concurrent writers both land', () => {
  it('a template used in a page while it is edited in the side panel keeps the edit and the use', async () => {
    const handlers = templateHandlers(deps('one-writer-templates'));
    await templatesItem.setValue([]);
    const { id } = await handlers.saveTemplate({ id: null, draft: draft('Merci') }, page);
    if (!id) throw new Error('not saved');
    await Promise.all([
      handlers.saveTemplate({ id, draft: draft('Merci beaucoup') }, page),
      handlers.templateUsed({ templateId: id, network: 'x', via: 'trigger' }, xPage),
      handlers.templateUsed({ templateId: id, network: 'x', via: 'command' }, xPage),
    ]);
    const [template] = await readTemplates();
    expect(template).toMatchObject({ id, name: 'Merci beaucoup', useCount: 2, lastUsedAt: 1_000 });
  });

  it('two side panels creating templates at the same moment both keep theirs', async () => {
    const handlers = templateHandlers(deps('one-writer-two-panels'));
    await templatesItem.setValue([]);
    await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => handlers.saveTemplate({ id: null, draft: draft(name) }, page)),
    );
    expect((await readTemplates()).map((template) => template.name).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('twenty uses of one template at once count twenty', async () => {
    const handlers = templateHandlers(deps('one-writer-uses'));
    await Promise.all(
      Array.from({ length: 20 }, () => handlers.templateUsed({ templateId: 't', network: 'x', via: 'trigger' }, xPage)),
    );
    expect((await readTemplateUses()).t?.count).toBe(20);
  });

  it('an account registered from a page while the side panel saves another keeps both', async () => {
    const handlers = guardHandlers(deps('one-writer-accounts'));
    await Promise.all([
      handlers.registerActiveAccount({ network: 'x', handle: 'acme', displayName: 'Acme', role: 'brand' }, xPage),
      handlers.saveAccount(
        { account: { id: 'li', network: 'linkedin', handle: 'acme-li', role: 'brand' } as never },
        page,
      ),
      handlers.reportActiveAccount({ network: 'x', handle: 'marie', displayName: 'Marie' }, xPage),
      handlers.reportActiveAccount({ network: 'x', handle: 'paul', displayName: 'Paul' }, xPage),
    ]);
    expect((await readAccounts()).map((account) => account.handle).sort()).toEqual(['acme', 'acme-li']);
    expect((await readSeenAccounts()).map((seen) => seen.handle).sort()).toEqual(['marie', 'paul']);
  });

  it('runs the writes of one key one after the other, and a failure does not block the next', async () => {
    const order: string[] = [];
    const slow = serialize('k', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
      throw new Error('quota');
    });
    const next = serialize('k', async () => {
      order.push('next');
      return 2;
    });
    await expect(slow).rejects.toThrow('quota');
    await expect(next).resolves.toBe(2);
    expect(order).toEqual(['slow', 'next']);
  });
});
