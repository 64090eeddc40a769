import { sendToBackground } from '@/lib/messaging/client';
import type { PersonHandle, PersonTag } from '@/lib/people/person';

/** The People view's intents: every write goes to the background, the one writer of people. */
const plain = (handles: readonly { network: PersonHandle['network']; handle: string }[]) =>
  handles.map(({ network, handle }) => ({ network, handle }));

export const peopleActions = {
  setTags: (handles: readonly PersonHandle[], tags: PersonTag[]) =>
    sendToBackground('updatePerson', { handles: plain(handles), patch: { tags } }),
  setNotes: (handles: readonly PersonHandle[], notes: string) =>
    sendToBackground('updatePerson', { handles: plain(handles), patch: { notes } }),
  link: (first: readonly PersonHandle[], second: readonly PersonHandle[]) =>
    sendToBackground('linkPeople', { first: plain(first), second: plain(second) }),
  unlink: (handle: PersonHandle) =>
    sendToBackground('unlinkPersonHandle', { handle: plain([handle])[0] as PersonHandle }),
  addToReport: (handles: readonly PersonHandle[]) => sendToBackground('addPersonToReport', { handles: plain(handles) }),
  items: (handles: readonly PersonHandle[]) => sendToBackground('personItems', { handles: plain(handles), limit: 200 }),
};
