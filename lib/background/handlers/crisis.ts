import { rebuildCalendarAlarms } from '@/lib/background/calendar-alarms';
import { crisisReport } from '@/lib/background/crisis';
import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { serialize } from '@/lib/background/one-writer';
import { readCaptureSettings } from '@/lib/capture/settings-store';
import { CRISIS_OFF, type CrisisMode, crisisOn, isHeld, resume } from '@/lib/crisis/mode';
import { readCrisisMode, readCrisisSettings, writeCrisisMode, writeCrisisSettings } from '@/lib/crisis/store';
import { listEntriesWithStatus } from '@/lib/db/calendar-repo';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { crisisMessages } from '@/lib/messaging/messages/crisis';
import { bumpRevision } from '@/lib/storage/db-revision';

export const CRISIS_MODE_KEY = 'crisisMode';
const HOUR = 3_600_000;

/** The background's answers to the crisis messages: the one writer of crisis mode and its settings. */
export function crisisHandlers(deps: ServiceDeps): FeatureHandlers<typeof crisisMessages> {
  /** Writes the mode, then re-plans the reminders from it (held posts lose theirs, resumed ones get them back). */
  const change = async (next: (mode: CrisisMode, scheduledIds: string[]) => CrisisMode) => {
    const mode = await serialize(CRISIS_MODE_KEY, async () => {
      const db = await deps.db();
      const scheduled = (await listEntriesWithStatus(db, 'scheduled')).map((entry) => entry.id);
      const updated = next(await readCrisisMode(), scheduled);
      await writeCrisisMode(updated);
      return updated;
    });
    await rebuildCalendarAlarms(await deps.db(), deps.now());
    // The calendar's views mark held posts: they re-read.
    await bumpRevision('posts');
    return { mode };
  };
  return {
    async crisisStatus() {
      const db = await deps.db();
      const now = deps.now();
      const [report, mode, settings, scheduled, capture] = await Promise.all([
        crisisReport(db, now),
        readCrisisMode(),
        readCrisisSettings(),
        listEntriesWithStatus(db, 'scheduled'),
        readCaptureSettings(),
      ]);
      const held = scheduled.filter((entry) => isHeld(mode, entry)).map((entry) => entry.id);
      const from = (mode.since ?? now) - settings.windowHours * HOUR;
      return { report, mode, held, settings, items: { from, keywords: capture.keywords } };
    },
    setCrisisMode({ on }) {
      return change((mode) => (on ? crisisOn(mode, deps.now()) : CRISIS_OFF));
    },
    resumeHeldPosts({ ids }) {
      return change((mode, scheduled) => resume(mode, ids ?? scheduled));
    },
    async saveCrisisSettings({ settings }) {
      await serialize('crisisSettings', () => writeCrisisSettings(settings));
      return { settings: await readCrisisSettings() };
    },
  };
}
