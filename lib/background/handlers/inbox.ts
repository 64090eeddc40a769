import type { ServiceDeps } from '@/lib/background/handlers/deps';
import { showPostTab } from '@/lib/background/reply-tab';
import { browser } from '@/lib/browser';
import { inboxIndexCache } from '@/lib/db/inbox-index-cache';
import { firstWindow, queryInboxItems } from '@/lib/db/inbox-query';
import { listInbox, upsertCapture } from '@/lib/db/inbox-repo';
import { markAnswered, patchInboxItems, recordReplyStep } from '@/lib/db/inbox-triage';
import { resolveLocale } from '@/lib/i18n/format';
import { csvFileName, inboxToCsv } from '@/lib/inbox/csv';
import type { InboxItem } from '@/lib/inbox/item';
import { buildOpinionMap } from '@/lib/inbox/opinion-map';
import { pendingFor } from '@/lib/inbox/pending-reply';
import { pendingReplyItem } from '@/lib/inbox/pending-reply-store';
import { privateInvitationTemplate, renderPrivateInvitation } from '@/lib/inbox/private-invitation';
import { sendToTab } from '@/lib/messaging/content-client';
import type { FeatureHandlers } from '@/lib/messaging/handle';
import type { inboxMessages } from '@/lib/messaging/messages/inbox';
import { highlightedRefs } from '@/lib/people/aggregate';
import { readPersonRecords } from '@/lib/people/store';
import { readSettings } from '@/lib/settings/store';
import { bumpRevision } from '@/lib/storage/db-revision';
import { dbRevisionItems } from '@/lib/storage/items';
import { readTemplates } from '@/lib/templates/store';

export function inboxHandlers(deps: ServiceDeps): FeatureHandlers<typeof inboxMessages> {
  /** Every query is one pass over the in-memory index, whatever its filters, search and sort. */
  const index = inboxIndexCache(deps.db, () => dbRevisionItems.inbox.getValue());
  /** VIP, partner and journalist mentions rank first (the user's tags in People). */
  const rankedFirst = async () => highlightedRefs(await readPersonRecords());
  /** The views, the crisis report and the team's mirror hear of a write the index already follows. */
  const publish = async (ids: readonly string[], revision: string) => {
    await bumpRevision('inbox', revision);
    // The team's mirror follows every inbox write (not awaited: the view never waits on the team).
    void deps.team?.changed('inbox', ids).catch(() => undefined);
  };
  /** The index follows the write first, so the views' re-query on the new revision finds it ready. */
  const changed = async (ids: readonly string[], written?: readonly InboxItem[], textKept = false) => {
    const revision = crypto.randomUUID();
    await (written ? index.changedItems(written, [], revision, textKept) : index.changed(ids, revision));
    await publish(written ? written.map((item) => item.id) : ids, revision);
  };
  const changedWithEvents = (ids: readonly string[], written?: readonly InboxItem[], textKept = false) =>
    Promise.all([changed(ids, written, textKept), bumpRevision('events')]);

  let coldWindowServed = false;

  return {
    async captureToInbox(capture) {
      const { item, created } = await upsertCapture(await deps.db(), capture, deps.now(), deps.newId);
      // The item as written: the index takes it without reading it back.
      await Promise.all([changed([item.id], [item]), created ? bumpRevision('events') : undefined]);
      return { id: item.id, created };
    },
    async listInbox({ limit }) {
      return { items: await listInbox(await deps.db(), limit) };
    },
    async queryInbox({ query, offset, limit }) {
      // Once per worker start, until the index is built: the default views' first window comes
      // from the store's capture-time index, not yet counted; the index is built meanwhile and the
      // panel's next query waits for it and the count. Not while people are highlighted: their
      // mentions rank first, which only the index knows.
      if (offset === 0 && !coldWindowServed && !(await index.ready()) && (await rankedFirst()).size === 0) {
        const first = await firstWindow(await deps.db(), query, limit);
        if (first) {
          coldWindowServed = true;
          void index.current().catch(() => undefined);
          return { total: first.length, items: first, counted: false };
        }
      }
      // Only the window's ids are collected, with the count.
      const [current, first] = await Promise.all([index.current(), rankedFirst()]);
      const { total, ids } = current.select(query, first, offset, limit);
      return { total, items: await index.items(ids, current) };
    },
    async queryInboxIds({ query }) {
      const [current, first] = await Promise.all([index.current(), rankedFirst()]);
      return { ids: current.ids(query, first) };
    },
    async getInboxItems({ ids }) {
      return { items: await index.items(ids) };
    },
    async inboxFacets() {
      // From the in-memory index (one pass over compact rows): distinct keys of an IndexedDB index
      // are a walk of the whole index in Chromium, a second at 100,000 items.
      return (await index.current()).facets();
    },
    async updateInboxItems({ ids, patch }) {
      // The searched text is the item's text, author, notes and tags: kept unless the patch edits notes or tags.
      const textKept = !patch.tags && !patch.addTags && !patch.removeTags && patch.notes === undefined;
      const revision = crypto.randomUUID();
      let following: Promise<void> | undefined;
      let written: InboxItem[];
      try {
        // The index follows while IndexedDB commits (in another process); the change is published once stored.
        written = await patchInboxItems(await deps.db(), ids, patch, deps.now(), (issued) => {
          following = index.changedItems(issued, [], revision, textKept);
          return following;
        });
      } catch (error) {
        // Not stored: the index forgets what it followed and the views read the store again.
        await following?.catch(() => undefined);
        index.forget();
        await bumpRevision('inbox').catch(() => undefined);
        throw error;
      }
      await Promise.all([
        publish(
          written.map((item) => item.id),
          revision,
        ),
        patch.status === 'answered' ? bumpRevision('events') : undefined,
      ]);
      return { changed: written.length };
    },
    async markInboxAnswered({ id, via }, context) {
      // A page knows the post (`network:postId`) and answers only for its own network's posts.
      if (context.sender === 'content' && !id.startsWith(`${context.network}:`)) {
        throw new Error(`markInboxAnswered: no inbox item ${id}`);
      }
      const result = await markAnswered(await deps.db(), id, deps.now(), via);
      if (!result) throw new Error(`markInboxAnswered: no inbox item ${id}`);
      if (!result.already) await changedWithEvents([id]);
      return result;
    },
    async startInboxReply({ id }) {
      const item = await recordReplyStep(await deps.db(), id, 'reply-start', deps.now());
      if (!item) throw new Error(`startInboxReply: no inbox item ${id}`);
      await changedWithEvents([id]);
      return handOverToPostTab(item, deps.now());
    },
    async claimPendingReply(_data, context) {
      const pending = pendingFor(await pendingReplyItem.getValue(), context.tabId, deps.now());
      if (!pending || pending.network !== context.network) return { postId: null };
      await pendingReplyItem.setValue(null);
      return { postId: pending.postId, text: pending.text ?? null };
    },
    async takeInboxPrivate({ id }) {
      const item = await recordReplyStep(await deps.db(), id, 'private', deps.now());
      if (!item?.movedToPrivateAt) throw new Error(`takeInboxPrivate: no inbox item ${id}`);
      await changedWithEvents([id]);
      // One step: the post's tab gets the invitation to continue in private, filled in, in its reply box.
      const [templates, settings] = await Promise.all([readTemplates(), readSettings()]);
      const template = privateInvitationTemplate(templates, item);
      if (template) {
        const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
        const text = renderPrivateInvitation(template, item, settings.brandName, new Date(deps.now()), locale);
        await handOverToPostTab(item, deps.now(), text);
      }
      return { movedToPrivateAt: item.movedToPrivateAt };
    },
    async inboxOpinionMap({ from, to, limit }) {
      const items = await queryInboxItems(await deps.db(), { from, to });
      return buildOpinionMap(items, { from, to, limit });
    },
    async exportInboxCsv({ query }) {
      const items = await queryInboxItems(await deps.db(), query);
      return { csv: inboxToCsv(items), count: items.length, fileName: csvFileName(new Date(deps.now())) };
    },
  };
}

/**
 * Opens (or focuses) the post's tab and leaves it the item to answer: the page brings the reply
 * box into view, then opens the picker or inserts `text`. Told now if the tab was already open,
 * or when its content script starts and claims the hand-over.
 */
async function handOverToPostTab(item: InboxItem, now: number, text?: string) {
  const shown = await showPostTab(item.permalink);
  await pendingReplyItem.setValue({
    itemId: item.id,
    network: item.network,
    postId: item.postId,
    tabId: shown.tabId,
    createdAt: now,
    ...(text ? { text } : {}),
  });
  // Not awaited: the page may wait for its reply box to render; the panel must not.
  if (shown.reused && shown.tabId !== null) void sendToTab(shown.tabId, 'replyFor', {});
  return shown;
}
