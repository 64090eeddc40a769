/** A side panel keeps the team sync live while it is open, through one port to the background. */
import { browser } from '@/lib/browser';

export const TEAM_LIVE_PORT = 'team-live';

/** Opens the port; the returned function closes it (the panel's unmount). */
export function keepTeamLive(): () => void {
  const port = browser.runtime.connect({ name: TEAM_LIVE_PORT });
  return () => port.disconnect();
}

/** Asks the user to let the extension reach the team's server. Call from a click handler. */
export function requestTeamServerAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] });
}
