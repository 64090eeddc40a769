import { storage } from '@wxt-dev/storage';

/** The team members items can be assigned to (Settings → Inbox team); free text works too. */
export const inboxTeamItem = storage.defineItem<string[]>('local:inboxTeam', {
  fallback: [],
  version: 1,
});

/** The team list as stored, cleaned: trimmed, no blanks, no duplicates. */
export async function readInboxTeam(): Promise<string[]> {
  const value = await inboxTeamItem.getValue();
  return Array.isArray(value) ? [...new Set(value.filter((name) => typeof name === 'string' && name.trim()))] : [];
}
