import { browser } from '@/lib/browser';

interface FirefoxSidebar {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/**
 * Opens the side panel (Chrome's sidePanel, Firefox's sidebar). Must run inside a user gesture:
 * a click in the popup or a keyboard command.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  const target = windowId ?? (await browser.windows.getCurrent()).id;
  if (target === undefined) throw new Error('no window to open the side panel in');
  await browser.sidePanel.open({ windowId: target });
}

/** Makes the toolbar button open the popup or the side panel, as chosen in Settings. */
export async function applyToolbarBehaviour(opens: 'popup' | 'sidepanel'): Promise<void> {
  await browser.action.setPopup({ popup: opens === 'popup' ? '/popup.html' : '' });
  if (!firefoxSidebar()) {
    await browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: opens === 'sidepanel' });
  }
}

/** Firefox has no "open panel on action click": toggle the sidebar when the popup is off. */
export function toggleSidebarOnActionClick(): void {
  const sidebar = firefoxSidebar();
  if (!sidebar?.toggle) return;
  const toggle = sidebar.toggle.bind(sidebar);
  browser.action.onClicked.addListener(() => void toggle());
}

/** The window the calling page belongs to, read ahead of a click so the click can open at once. */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
