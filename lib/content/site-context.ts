import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { WatchCallback, WatchOptions } from '@/lib/content/element-watch';
import type { ContentHandler } from '@/lib/content/message-dispatch';
import type { ContentMessageType, InsertOutcome } from '@/lib/messaging/content-protocol';
import type { PageFindings } from '@/lib/sites/health';
import type { AccountLookup, Composer, PageState, ScrapedPost, SiteAdapter } from '@/lib/sites/types';

export type CommandName = 'capture-post' | 'open-template-picker';

/**
 * What a content-script feature (templates, guard, capture) gets from the site session. Nothing
 * here reads the whole page on its own: features ask about the element the user touches
 * (`postFrom`, `composerFrom`), follow elements as they appear (`watch`), and leave whole-page
 * reads (`scanPage`, `allComposers`) to explicit user actions and one-off hand-overs.
 */
export interface SiteContext {
  /**
   * For a feature: this page's context (lib/content/page-lifetime.ts). Listeners, observers,
   * timers and UI added through it end when the site navigates to another page.
   */
  ctx: ContentScriptContext;
  /** The same site for the content script's lifetime, for work that must outlive the page (a send the site follows with a navigation). */
  script: SiteContext;
  adapter: SiteAdapter;
  doc: Document;
  /** The account the page shows (read again when the page changed since, at most every second). */
  account(): AccountLookup;
  /**
   * The account as last read, without reading the page again (for what redraws as the user
   * scrolls: a whole-page account read there would cost in proportion to the feed). A later read
   * that finds another account announces it through onAccount.
   */
  knownAccount(): AccountLookup;
  /** Calls back when the account the page shows is found or changes, until the returned function is called. */
  onAccount(callback: (lookup: AccountLookup) => void): () => void;
  /** The post or comment node belongs to (the innermost one), read alone. */
  postFrom(node: Node | null): ScrapedPost | null;
  /** The box node is or is inside, with its editor detected, read alone. */
  composerFrom(node: Node | null): Composer | null;
  /** The boxes the user focused on this page and still on it, read now, the last focused first. */
  touchedComposers(): Composer[];
  /**
   * Calls back with the elements matching selector on the page, then with those added or changed
   * as the page changes (only added subtrees are examined, in idle slices), until unsubscribed.
   */
  watch(selector: string, callback: WatchCallback, options?: WatchOptions): () => void;
  /** Every box on the page: for explicit actions and one-off hand-overs, never on page changes. */
  allComposers(): Composer[];
  /** The whole page read through the adapter: Site health only. */
  scanPage(): PageFindings;
  /** Page globals the bridge read for the adapter's identity (X session, Facebook user, ytcfg). */
  pageState(): PageState | undefined;
  /** The composer the user last focused, if it is still on the page. */
  lastComposer(): Composer | null;
  /** Inserts text through the page's world; falls back to the clipboard and says so. */
  insert(composer: Composer, text: string): Promise<InsertOutcome>;
  /** Handles a keyboard command for this tab; the last handler registered for a name wins. */
  onCommand(name: CommandName, handler: () => void | Promise<void>): void;
  /** Answers one declared message from the extension (lib/messaging/content-protocol.ts); the last handler wins. */
  onMessage<T extends ContentMessageType>(type: T, handler: ContentHandler<T>): void;
  /** Runs a command as if its shortcut was pressed (false when no feature handles it). */
  runCommand(name: CommandName): Promise<boolean>;
}

/** A feature of the in-page product, started on each page with that page's context. */
export type ContentFeature = (site: SiteContext) => void;

/**
 * The features in two groups: those started with the script, and those started in the page's idle
 * moments after it, in slices (on the page the script starts on; at once on each later page).
 */
export interface ContentFeatures {
  atOnce: readonly ContentFeature[];
  whenIdle: readonly ContentFeature[];
}
