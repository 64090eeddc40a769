/**
 * The one interface every network implements. Everything the product does on a social page
 * (templates, account guard, capture) goes through it; selectors live only in each network's
 * `selectors.ts`. Adapters never throw into the page: what they cannot find is reported as
 * missing, with a reason a user can paste into a bug report.
 */
import type { Network, PageStateKey } from '@/lib/networks';

/** The account the site says is signed in (or acting) right now. */
export interface ActiveAccount {
  /** Without the leading @ (X, Instagram, Threads, Bluesky, Mastodon `user@host`, YouTube `@handle` minus @). */
  handle: string;
  displayName: string;
  avatarUrl?: string;
  /** Numeric or opaque id when the site exposes one (Facebook USER_ID, Bluesky did). */
  id?: string;
  /** Which source gave the answer, e.g. "dom:SideNav_AccountSwitcher_Button", "page:initial-state". */
  source: string;
  /**
   * Whom the user acts as when the site lets one login act for several identities: a YouTube
   * brand channel, a Facebook Page, a LinkedIn company page. Undefined when the site has no such notion.
   */
  actingAs?: 'personal' | 'brand' | 'page';
}

export type AccountLookup = { account: ActiveAccount; reason?: undefined } | { account: null; reason: string };

/** Data a small main-world script read from page globals (see lib/dom/bridge). Keyed by what was read. */
export type PageState = Record<string, unknown>;

/**
 * What a box is for. `message` is a direct message (Messenger, X/LinkedIn/Instagram DMs): private,
 * never a public post; the picker offers templates there and the guard applies its DM rule.
 * `search` and `other` are boxes the extension recognises but does not act in.
 */
export type ComposerKind = 'post' | 'reply' | 'comment' | 'message' | 'search' | 'other';

/**
 * The editor library behind a box: decides how text is inserted and how the model is read back.
 * `contenteditable` is a plain box (the browser is the editor); `unknown` a contenteditable some
 * script drives without any known library's marks. Adapters give it as a hint; lib/dom detects it.
 */
export type EditorKind =
  | 'draftjs'
  | 'lexical'
  | 'quill'
  | 'prosemirror'
  | 'slate'
  | 'ckeditor5'
  | 'textarea'
  | 'contenteditable'
  | 'unknown';

export type PostKind = 'post' | 'reply' | 'comment';

/** A post or comment on screen. Text is plain text: never HTML. */
export interface ScrapedPost {
  network: Network;
  /** Stable id from the site (status id, URN, thing id, permalink code…). */
  id: string;
  authorName: string;
  /** With the network's usual prefix when it has one (`@marie` on X), else the profile slug. */
  authorHandle: string;
  authorUrl: string;
  text: string;
  permalink: string;
  /** ISO 8601 when the page gives an absolute time, else undefined (never a guess from "3 h"). */
  publishedAt?: string;
  kind: PostKind;
  /** The id of the post this one answers, when the page shows it. */
  inReplyTo?: string;
  element: HTMLElement;
}

/**
 * One layout of a network's pages the adapter can read (LinkedIn's Ember feed, its 2025 sdui,
 * its 2026 mainFeed…): tried in order, each named for Site health and the README.
 */
export interface PostLayout {
  /** "mainFeed (2026)". */
  name: string;
  /** Matches the root element of every post or comment this layout reads (a selector or its alternatives). */
  selector: string | readonly string[];
  /** The post or comment whose root is el, or null when this layout cannot read it. */
  read(el: HTMLElement): ScrapedPost | null;
}

/** An editable box found on the page. */
export interface Composer {
  /** The element that takes focus and text: contenteditable root or textarea. */
  element: HTMLElement;
  kind: ComposerKind;
  editor: EditorKind;
  /** For replies and comments: the post or comment being answered, when it can be told. */
  answering: ScrapedPost | null;
}

/** One way the site sends what is in a composer. The guard holds these and releases them once. */
export type SubmitPath =
  | { kind: 'click'; element: HTMLElement; label: string }
  | { kind: 'key'; key: 'Enter'; ctrlOrMeta: boolean; shift: false; target: HTMLElement; label: string }
  | { kind: 'form'; form: HTMLFormElement; label: string };

/** What the page-health view shows: each capability found or the reason it was not. */
export interface CapabilityReport {
  identity: { ok: boolean; detail: string };
  composers: { ok: boolean; detail: string };
  submitPaths: { ok: boolean; detail: string };
  posts: { ok: boolean; detail: string };
}

/** A profile page's counts as the page prints them (issue 21: growth), read for the profile shown. */
export interface ProfileStats {
  /** The handle of the profile the page shows (not the signed-in account's). */
  handle: string;
  followers: number;
  following?: number;
  posts?: number;
  /** The profile's numeric or opaque id when the page gives it (Facebook Page id, Bluesky did). */
  id?: string;
}

export interface SiteAdapter {
  network: Network;
  /** True when this document is a page of the network (Mastodon: `script#initial-state` present). */
  isNetworkPage(doc: Document): boolean;
  /** `pageState` is what the main-world bridge read for this network, when available. */
  activeAccount(doc: Document, pageState?: PageState): AccountLookup;
  /** Every editable box under root, with its kind and the post it answers. */
  composers(root: ParentNode): Composer[];
  /** Controls and key combinations that send this composer's text. */
  submitPaths(composer: Composer): SubmitPath[];
  /**
   * Posts and comments under root, in document order: the whole-page reader, for explicit user
   * actions (Site health). Features ask {@link SiteAdapter.postFrom} about one element instead.
   */
  posts(root: ParentNode): ScrapedPost[];
  /** One CSS selector list matching the root element of every post or comment any layout reads. */
  postSelector: string;
  /**
   * The post or comment whose root is `el` or its nearest ancestor matching postSelector (walking
   * out past roots that cannot be read, as a post nested in another), read alone: no page scan.
   */
  postFrom(el: Element): ScrapedPost | null;
  /** One CSS selector list matching every editable box root the adapter knows. */
  composerSelector: string;
  /** The box `el` is or is inside, with its kind, editor hint and the post it answers; read alone. */
  composerFrom(el: Element): Composer | null;
  /** The layouts `posts` reads, in the order tried, when the adapter names them: Site health counts posts per layout. */
  layouts?: readonly PostLayout[];
  /** Page globals the main-world bridge reads for activeAccount: the keys of the descriptor's `pageState`. */
  pageStateKeys: readonly PageStateKey[];
  /**
   * The site's own account switcher (the control that opens it), for networks that have one on
   * the page. The guard's dialog offers it; absent or null: the dialog does not.
   */
  accountSwitcher?(doc: Document): HTMLElement | null;
  /**
   * On a profile page, the profile's handle and follower counts as printed; null when this is no
   * profile page or no count was found ("not found" is never a zero). Absent: not read on this network.
   */
  /**
   * The elements whose arrival may complete a profile page's counts (watched, never polled). The
   * reader itself (lib/sites/profile-readers.ts) is loaded on first use, on the account's own profile.
   */
  profileStatsSelector?: string;
}
