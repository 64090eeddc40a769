import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentHandler } from '@/lib/content/message-dispatch';
import type { ContentMessageType, InsertOutcome } from '@/lib/messaging/content-protocol';
import type { PageFindings } from '@/lib/sites/health';
import type { Composer, PageState, SiteAdapter } from '@/lib/sites/types';

export type CommandName = 'capture-post' | 'open-template-picker';

/**
 * What a content-script feature (templates, guard, capture) gets from the site session: the
 * adapter's findings kept fresh on the page, the composer the user is in, text insertion the
 * site's editor accepts, and keyboard commands forwarded by the background.
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
  /** The latest scan of the page (account, composers, posts). */
  findings(): PageFindings;
  /** Scans now and returns the result (after a click that may have opened a box). */
  rescan(): PageFindings;
  /** Page globals the bridge read for the adapter's identity (X session, Facebook user, ytcfg). */
  pageState(): PageState | undefined;
  /** The composer the user last focused, if it is still on the page. */
  lastComposer(): Composer | null;
  /** Inserts text through the page's world; falls back to the clipboard and says so. */
  insert(composer: Composer, text: string): Promise<InsertOutcome>;
  /** Calls back after every scan of the page, until the returned function is called (or the page ends). */
  onScan(callback: (findings: PageFindings) => void): () => void;
  /** Handles a keyboard command for this tab; the last handler registered for a name wins. */
  onCommand(name: CommandName, handler: () => void | Promise<void>): void;
  /** Answers one declared message from the extension (lib/messaging/content-protocol.ts); the last handler wins. */
  onMessage<T extends ContentMessageType>(type: T, handler: ContentHandler<T>): void;
  /** Runs a command as if its shortcut was pressed (false when no feature handles it). */
  runCommand(name: CommandName): Promise<boolean>;
}

/** A feature of the in-page product, started on each page with that page's context. */
export type ContentFeature = (site: SiteContext) => void;
