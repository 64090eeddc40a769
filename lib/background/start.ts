import { setupCalendarAlarms } from '@/lib/background/calendar-alarms';
import { setupCaptureContextMenu } from '@/lib/background/capture-menu';
import { syncGrantedServerScript } from '@/lib/background/granted-servers';
import { createHandlers } from '@/lib/background/handlers';
import { setupIdeaContextMenu } from '@/lib/background/idea-menu';
import { watchInboxBadge } from '@/lib/background/inbox-badge';
import { applyToolbarBehaviour, openSidePanel, toggleSidebarOnActionClick } from '@/lib/background/side-panel';
import { withTestStorageFull } from '@/lib/background/storage-full-hook';
import { setupTeamSync } from '@/lib/background/sync';
import { browser } from '@/lib/browser';
import { now } from '@/lib/clock';
import { openCompanionDb } from '@/lib/db/open';
import { sendToTab } from '@/lib/messaging/content-client';
import { handleMessage } from '@/lib/messaging/handle';
import { classifySender } from '@/lib/messaging/sender';
import { networkOfUrl } from '@/lib/networks';
import { readSettings, watchSettings } from '@/lib/settings/store';

/**
 * Everything the background does, wired in one place: the database (opened lazily; migrations run
 * on open), the typed protocol's handlers, keyboard commands, the context menu, calendar alarms,
 * the unread badge, the side panel behaviour and the content script on granted servers. The
 * worker may be stopped at any moment, so everything it knows is read from storage or IndexedDB
 * when needed.
 */
export function startBackground(): void {
  let db: ReturnType<typeof openCompanionDb> | undefined;
  const openDb = () => (db ??= openCompanionDb());
  const team = setupTeamSync(openDb, now);
  const deps = {
    db: () => withTestStorageFull(openDb()),
    now,
    newId: () => crypto.randomUUID(),
    openSidePanel,
    team,
  };
  const handlers = createHandlers(deps);
  watchInboxBadge(openDb);
  setupCalendarAlarms(openDb);
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    // The settings are read only for a content script's message (its page may be a Mastodon server).
    let mastodonInstances: Promise<readonly string[]> | undefined;
    const mastodonHosts = () => (mastodonInstances ??= readSettings().then((settings) => settings.mastodonInstances));
    const kind = await classifySender(sender, browser.runtime.id, extensionOrigin, mastodonHosts);
    if (!kind) return { ok: false, error: 'sender refused' };
    return handleMessage(handlers, message, {
      sender: kind,
      network: kind === 'content' && sender.url ? networkOfUrl(sender.url, await mastodonHosts()) : null,
      tabId: sender.tab?.id ?? null,
      windowId: sender.tab?.windowId ?? null,
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') {
      void openSidePanel(tab?.windowId);
    } else if (tab?.id !== undefined) {
      // Capture and the template picker act on the page: the tab's content script does the work.
      if (command === 'capture-post' || command === 'open-template-picker')
        void sendToTab(tab.id, 'command', { command });
    }
  });

  setupCaptureContextMenu();
  setupIdeaContextMenu(deps);
  toggleSidebarOnActionClick();
  const applySettings = async () => {
    const settings = await readSettings();
    await Promise.all([
      applyToolbarBehaviour(settings.toolbarOpens),
      syncGrantedServerScript(settings.mastodonInstances),
    ]);
  };
  void applySettings();
  watchSettings(() => void applySettings());
  browser.permissions.onRemoved.addListener(() => void applySettings());
}
