import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { sendToBackground } from '@/lib/messaging/client';
import type { Person } from '@/lib/people/aggregate';
import { watchPersonRecords } from '@/lib/people/store';
import { watchStore } from '@/lib/storage/db-revision';

/** Every person, read again whenever the inbox or what the user set on people changes. */
export function usePeople() {
  const people = useSignal<Person[] | null>(null);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    let live = true;
    const run = () =>
      sendToBackground('listPeople', {}).then(
        (value) => {
          if (live) people.value = value.people as Person[];
        },
        (reason: unknown) => {
          if (live) error.value = reason instanceof Error ? reason.message : String(reason);
        },
      );
    void run();
    const stops = [watchStore('inbox', () => void run()), watchPersonRecords(() => void run())];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);
  return { people, error };
}
