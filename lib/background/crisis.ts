/** The crisis report from the stored captures: the background reads, the pure detection decides. */
import type { IDBPDatabase } from 'idb';
import { readCaptureSettings } from '@/lib/capture/settings-store';
import { BASELINE_DAYS, type CrisisReport, detectCrisis } from '@/lib/crisis/detect';
import { readCrisisSettings } from '@/lib/crisis/store';
import type { CompanionDB } from '@/lib/db/schema';

const HOUR = 3_600_000;

/** The captures of the window and the 14 days before it, read through the capture-time index. */
export async function crisisReport(db: IDBPDatabase<CompanionDB>, now: number): Promise<CrisisReport> {
  const [settings, capture] = await Promise.all([readCrisisSettings(), readCaptureSettings()]);
  const since = now - settings.windowHours * HOUR - BASELINE_DAYS * 24 * HOUR;
  const items = await db.getAllFromIndex('inbox', 'byCapturedAt', IDBKeyRange.lowerBound(since));
  return detectCrisis(items, capture.keywords, now, settings);
}
