import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { buildEntry } from '@/lib/calendar/entry';
import { ideaEntry } from '@/lib/calendar/idea';
import type { IdeaSource } from '@/lib/calendar/idea-source';
import { readCalendarSettings } from '@/lib/calendar/settings-store';
import { systemZone } from '@/lib/calendar/time';
import { listEntriesWithStatus, putEntries } from '@/lib/db/calendar-repo';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { ideaMessages } from '@/lib/messaging/messages/ideas';
import { bumpRevision } from '@/lib/storage/db-revision';

/** Writes a content idea to the calendar (no reminder: an idea has no time until it is planned). */
export async function saveIdea(deps: ServiceDeps, source: IdeaSource): Promise<{ id: string; title: string }> {
  const settings = await readCalendarSettings();
  const entry = buildEntry(
    ideaEntry(source, deps.now(), settings.defaultTimeZone || systemZone()),
    deps.now(),
    deps.newId,
  );
  await putEntries(await deps.db(), [entry]);
  await bumpRevision('posts');
  return { id: entry.id, title: entry.title };
}

export function ideaHandlers(deps: ServiceDeps): FeatureHandlers<typeof ideaMessages> {
  return {
    saveIdea: (source) => saveIdea(deps, source),
    async listIdeas() {
      return { entries: await listEntriesWithStatus(await deps.db(), 'idea') };
    },
  };
}
