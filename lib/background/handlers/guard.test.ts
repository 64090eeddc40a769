import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { guardHandlers } from '@/lib/background/handlers/guard';
import { openCompanionDb } from '@/lib/db/open';
import { readSeenAccounts, writeAccounts } from '@/lib/guard/store';
import type { HandlerContext } from '@/lib/messaging/handle';

const NAME = 'guard-handlers-test';
const context: HandlerContext = { sender: 'content', tabId: 1, windowId: 1, network: 'x' };
let db: ReturnType<typeof openCompanionDb> | undefined;

function handlers() {
  let now = 1000;
  return guardHandlers({
    db: () => (db ??= openCompanionDb(NAME)),
    now: () => now++,
    newId: () => 'id',
    openSidePanel: async () => undefined,
  });
}

afterEach(async () => {
  (await db)?.close();
  db = undefined;
  await deleteDB(NAME);
});

describe('guard handlers', () => {
  it('remembers an unregistered active account, never registers it', async () => {
    await writeAccounts([]);
    const reply = await handlers().reportActiveAccount({ network: 'x', handle: 'acme', displayName: 'Acme' }, context);
    expect(reply).toEqual({ registered: false });
    expect((await readSeenAccounts()).map((seen) => seen.handle)).toEqual(['acme']);
  });

  it('does not list an account that is registered', async () => {
    await writeAccounts([{ id: '1', network: 'x', handle: 'Acme', role: 'brand' } as never]);
    expect(await handlers().reportActiveAccount({ network: 'x', handle: 'acme', displayName: '' }, context)).toEqual({
      registered: true,
    });
    expect(await readSeenAccounts()).toEqual([]);
  });

  it('writes warnings and decisions to events and lists them newest first', async () => {
    const guard = handlers();
    const base = {
      network: 'x' as const,
      checkId: 'c1',
      rules: ['keywords'],
      activeHandle: 'acme',
      path: 'click' as const,
    };
    await guard.recordGuardEvent({ ...base, type: 'guard-warning' }, context);
    await guard.recordGuardEvent({ ...base, type: 'guard-decision', decision: 'send-anyway' }, context);
    const { events } = await guard.listGuardEvents({ limit: 10 }, context);
    expect(events.map((event) => [event.type, event.data.decision])).toEqual([
      ['guard-decision', 'send-anyway'],
      ['guard-warning', undefined],
    ]);
    expect(events[0]).toMatchObject({ network: 'x', data: { checkId: 'c1', rules: ['keywords'] } });
  });
});
