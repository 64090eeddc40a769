/**
 * The team's marks on the page ("Léa is answering this") for CMs signed in to a team only: their
 * code lives in the page tools (entrypoints/page-tools.ts: `markAnswering`), loaded once
 * a team is connected. A CM without a team loads nothing and pays nothing on any page. Kept this
 * small on purpose: every content script carries it (≤ 30 kB gzip); the bundle's side starts once
 * per page.
 */
import { loadPageTools } from '@/lib/content/page-tools';
import type { SiteContext } from '@/lib/content/site-context';
import { storedView } from '@/lib/storage/stored-view';

/** The team sync's state as the background writes it (lib/sync/connection.ts): 'off' or absent without a team. */
export const teamState = storedView('team.status', (value) => value as { state: string } | undefined);

export function teamMarksWhenConnected(site: SiteContext): void {
  const check = (status?: { state: string }) => {
    if (status && status.state !== 'off') void loadPageTools().then((tools) => tools?.markAnswering(site));
  };
  void teamState.read().then(check);
  site.ctx.onInvalidated(teamState.watch(check));
}
