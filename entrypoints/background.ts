import { browser } from '@/lib/browser';
import { setupCalendarAlarms } from '@/lib/calendar/alarms';
import { setupCaptureContextMenu } from '@/lib/capture/context-menu';
import { now } from '@/lib/clock';
import { openCompanionDb } from '@/lib/db/open';
import { watchInboxBadge } from '@/lib/inbox/badge';
import { syncMastodonScript } from '@/lib/mastodon/registration';
import { handleMessage } from '@/lib/messaging/handle';
import { classifySender } from '@/lib/messaging/sender';
import { createHandlers } from '@/lib/services/background-handlers';
import { readSettings, watchSettings } from '@/lib/settings/store';
import { applyToolbarBehaviour, openSidePanel, toggleSidebarOnActionClick } from '@/lib/side-panel';

/**
 * The background owns the database and answers the typed protocol. It may be stopped at any
 * moment, so everything it knows is read from storage or IndexedDB when needed.
 */
export default defineBackground(() => {
  let db: ReturnType<typeof openCompanionDb> | undefined;
  const handlers = createHandlers({
    db: () => (db ??= openCompanionDb()),
    now,
    newId: () => crypto.randomUUID(),
    openSidePanel,
  });
  watchInboxBadge(() => (db ??= openCompanionDb()));
  setupCalendarAlarms(() => (db ??= openCompanionDb()));
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    const { mastodonInstances } = await readSettings();
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin, mastodonInstances);
    if (!kind) return { ok: false, error: 'sender refused' };
    return handleMessage(handlers, message, {
      sender: kind,
      tabId: sender.tab?.id ?? null,
      windowId: sender.tab?.windowId ?? null,
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') {
      void openSidePanel(tab?.windowId);
    } else if (tab?.id !== undefined) {
      // Capture and the template picker act on the page: the tab's content script does the work.
      browser.tabs.sendMessage(tab.id, { type: 'command', data: { command } }).catch(() => undefined);
    }
  });

  setupCaptureContextMenu();
  toggleSidebarOnActionClick();
  const applySettings = async () => {
    const settings = await readSettings();
    await Promise.all([applyToolbarBehaviour(settings.toolbarOpens), syncMastodonScript(settings.mastodonInstances)]);
  };
  void applySettings();
  watchSettings(() => void applySettings());
  browser.permissions.onRemoved.addListener(() => void applySettings());
});
