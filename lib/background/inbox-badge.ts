import type { IDBPDatabase } from 'idb';
import { crisisReport } from '@/lib/background/crisis';
import { browser } from '@/lib/browser';
import { watchCaptureSettings } from '@/lib/capture/settings-store';
import { now as clockNow } from '@/lib/clock';
import { coalesce } from '@/lib/coalesce';
import type { CrisisReport } from '@/lib/crisis/detect';
import type { CrisisMode } from '@/lib/crisis/mode';
import { readCrisisMode, watchCrisisMode, watchCrisisSettings } from '@/lib/crisis/store';
import { countWithStatus } from '@/lib/db/inbox-repo';
import type { CompanionDB } from '@/lib/db/schema';
import { type MessageKey, resolveLocale, translate } from '@/lib/i18n';
import { readSettings } from '@/lib/settings/store';
import { watchStore } from '@/lib/storage/db-revision';

const BLUE = '#0b63ce';
const RED = '#cf222e';
/** How long the badge waits after a change for the burst to end. */
const BADGE_DELAY_MS = 400;

/** The badge's text for a count of unread items: empty at zero, capped so it fits. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 999 ? '999+' : String(unread);
}

/**
 * What the toolbar badge shows: a crisis alert ("!" on red) while one is raised and crisis mode is
 * off; otherwise the unread count, on red while crisis mode is on.
 */
export function badgeFor(unread: number, report: Pick<CrisisReport, 'raised'>, mode: Pick<CrisisMode, 'on'>) {
  if (report.raised && !mode.on) return { text: '!', color: RED, alert: true };
  return { text: badgeText(unread), color: mode.on ? RED : BLUE, alert: false };
}

/** "Crisis? 8 of 10 captures in the last 6 h are negative (usually 10 %)": the badge's tooltip. */
export function crisisTitle(t: (key: MessageKey, subs?: string[]) => string, report: CrisisReport): string {
  const lines = [t('crisisAlertTitle')];
  if (report.negative.raised) {
    lines.push(
      t('crisisAlertNegative', [
        String(report.negative.count),
        String(report.total),
        String(report.windowHours),
        String(Math.round(report.negative.baseline * 100)),
      ]),
    );
  }
  if (report.keywords.raised) {
    lines.push(
      t('crisisAlertKeywords', [
        String(report.keywords.count),
        String(report.windowHours),
        String(Math.round(report.keywords.baseline * 24 * 10) / 10),
      ]),
    );
  }
  return lines.join('\n');
}

/**
 * Keeps the toolbar badge at the number of unread (status `new`) items, or the crisis alert:
 * now, and after every inbox write from any context and every change of crisis mode or of what
 * it watches. Everything is read from storage each time, never remembered.
 */
export function watchInboxBadge(db: () => Promise<IDBPDatabase<CompanionDB>>): () => void {
  const update = async () => {
    const open = await db();
    const [unread, report, mode] = await Promise.all([
      countWithStatus(open, 'new'),
      crisisReport(open, clockNow()),
      readCrisisMode(),
    ]);
    const badge = badgeFor(unread, report, mode);
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    const settings = await readSettings();
    const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
    const t = (key: MessageKey, subs?: string[]) => translate(locale, key, subs);
    await browser.action.setTitle({ title: badge.alert ? crisisTitle(t, report) : t('extName') });
  };
  // After a write, once the burst is over: the crisis check reads two weeks of captures, which
  // must not compete with the capture reaching the side panel.
  const refresh = coalesce(update, BADGE_DELAY_MS);
  void update().catch(() => undefined);
  const stops = [
    watchStore('inbox', refresh),
    watchCrisisMode(refresh),
    watchCrisisSettings(refresh),
    watchCaptureSettings(refresh),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
