/**
 * What the extension knows about a network outside its page adapter: one `network.ts` per site
 * folder declares it, and lib/networks.ts lists them. Pure data and pure functions: the
 * descriptors load in wxt.config.ts (manifest), the background, the pages, the content scripts
 * and the main-world bridge, so nothing here touches a browser API when imported.
 * No imports: every layer may depend on this file.
 */

/** How the network counts the length of a text (implemented in lib/text/length.ts). */
export type CountRule =
  /** Unicode code points: what most networks count. */
  | 'code-points'
  /** twitter-text's weighted length (URLs 23, emoji and CJK 2). */
  | 'x-weighted'
  /** User-perceived characters (grapheme clusters). */
  | 'graphemes'
  /** Code points, every link counting as 23. */
  | 'links-as-23'
  /** Code points, an emoji counting its UTF-8 bytes. */
  | 'emoji-as-bytes';

/** Post limit, reply/comment limit, direct message limit (null: no limit known). */
export interface BoxLimits {
  post: number | null;
  reply: number | null;
  message: number | null;
}

export interface LengthRules {
  count: CountRule;
  limits: BoxLimits;
  /** Paid accounts' limit for posts and replies (X Premium: 25,000). */
  premiumLimit?: number;
  /** True when each server sets its own limit (Mastodon's `max_characters`): the caller may pass it. */
  serverLimit?: boolean;
}

export interface HandleRules {
  /** How people are addressed in a text: `@marie`, `u/marie`, or by name alone (''). */
  mention: '@' | 'u/' | '';
  /** Handles matching this are ids compared case-sensitively (YouTube channel ids). */
  caseSensitiveIds?: RegExp;
  /** `user@server` handles: a handle without server matches the user on any server. */
  serverScoped?: boolean;
}

/** An ISO-weekday window (1 = Monday) in wall-clock time, as the calendar settings keep them. */
export interface WeeklyWindow {
  days: number[];
  start: string;
  end: string;
}

/**
 * Reads one page global in the main world, reduced to a few JSON-safe identity fields. Never
 * tokens or cookies. Runs in the page's world: takes its window and document as parameters.
 */
export type PageStateReader = (win: Window, doc: Document) => Record<string, unknown> | null;

export interface NetworkDescriptor<
  Id extends string = string,
  Readers extends Record<string, PageStateReader> = Record<string, PageStateReader>,
> {
  id: Id;
  /** A brand: the same in every language. */
  label: string;
  /**
   * Hosts the network is served from, declared in the manifest. Empty for a network that runs on
   * servers the user adds (Mastodon): its content script is registered at run time on them.
   */
  hosts: readonly string[];
  /** True when the network runs on servers the user grants at run time (see `hosts`). */
  runsOnGrantedServers?: boolean;
  length: LengthRules;
  /** Where the network's own composer opens for a new post (`server`: the user's server, when it has some). */
  composerUrl(server?: string): string | null;
  handles: HandleRules;
  /** Page globals the main-world bridge reads for the active account, each with its reader. */
  pageState: Readonly<Readers>;
  /** Best times to post from published studies; empty when none is solid. */
  studyWindows: readonly WeeklyWindow[];
}

/** Declares a network, keeping its id as a literal type (the registry derives `Network` from it). */
export function defineNetwork<
  const Id extends string,
  const Readers extends Record<string, PageStateReader> = Record<never, PageStateReader>,
>(descriptor: NetworkDescriptor<Id, Readers>): NetworkDescriptor<Id, Readers> {
  return descriptor;
}

/** The page globals a network's adapter asks the bridge for: the keys of its `pageState` readers. */
export function pageStateKeysOf<Readers extends Record<string, PageStateReader>>(
  network: NetworkDescriptor<string, Readers>,
): (keyof Readers & string)[] {
  return Object.keys(network.pageState) as (keyof Readers & string)[];
}

/** Match patterns for one network's content script (none for a network on granted servers). */
export function matchPatterns(network: NetworkDescriptor): string[] {
  return network.hosts.map((host) => `https://${host}/*`);
}
