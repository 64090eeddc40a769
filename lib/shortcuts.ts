import { browser } from '@/lib/browser';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The extension's commands with the keys the user currently has bound to them. */
export async function listShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((command) => command.name && command.name !== '_execute_action')
    .map((command) => ({
      name: command.name ?? '',
      description: command.description ?? '',
      shortcut: command.shortcut ?? '',
    }));
}

/** Opens the browser's own page for rebinding extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
