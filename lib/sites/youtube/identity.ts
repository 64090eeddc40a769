import { textOf } from '@/lib/sites/shared/text';
import { hrefOf } from '@/lib/sites/shared/urls';
import type { AccountLookup, ActiveAccount, PageState } from '@/lib/sites/types';
import { SELECTORS } from '@/lib/sites/youtube/selectors';

/**
 * What the adapter expects the main-world bridge (lib/dom/bridge/page-state.ts) to put in
 * `pageState.ytcfg`: primitive fields read with `ytcfg.get`. Unknown keys are ignored; every key is
 * optional and checked before use.
 * - `LOGGED_IN`: boolean (the strings "true"/"false" are accepted too).
 * - `DELEGATED_SESSION_ID`: set only while acting as a brand channel (it becomes the page id of
 *   every InnerTube request); absent on the personal channel.
 * - `CHANNEL_HANDLE`: "@acme" or "acme", when the page carries it.
 * - `CHANNEL_ID`: "UC…", the channel Studio manages.
 */
export interface YtcfgSnapshot {
  loggedIn?: boolean;
  delegatedSessionId?: string;
  handle?: string;
  channelId?: string;
}

/** Personal channel of the Google account, a brand channel it manages, or not told by the page. */
export type YoutubeChannelKind = 'personal' | 'brand' | 'unknown';

/** The YouTube account, with which kind of channel is acting (also written at the end of `source`). */
export interface YoutubeActiveAccount extends ActiveAccount {
  channelKind: YoutubeChannelKind;
}

function stringKey(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Validates what the bridge read; anything that is not an object gives undefined. */
export function readYtcfg(pageState: PageState | undefined): YtcfgSnapshot | undefined {
  const raw = pageState?.ytcfg;
  if (!raw || typeof raw !== 'object') return undefined;
  const data = raw as Record<string, unknown>;
  const logged = data.LOGGED_IN;
  return {
    loggedIn: logged === true || logged === 'true' ? true : logged === false || logged === 'false' ? false : undefined,
    delegatedSessionId: stringKey(data, 'DELEGATED_SESSION_ID'),
    handle: stringKey(data, 'CHANNEL_HANDLE'),
    channelId: stringKey(data, 'CHANNEL_ID'),
  };
}

const CHANNEL_ID = /\/channel\/(UC[\w-]{22})/;

/** Handle, name, avatar and channel id as the DOM shows them: avatar-menu header, then Studio's drawer. */
function readDom(doc: Document) {
  const header = doc.querySelector(SELECTORS.accountHeader);
  const handleText =
    textOf(doc.querySelector(SELECTORS.accountHandle)) ||
    [...doc.querySelectorAll(SELECTORS.accountHeaderString)].map((el) => textOf(el)).find((t) => t.startsWith('@'));
  const studioLink = doc.querySelector(SELECTORS.studioChannelLink);
  const channelId =
    hrefOf(studioLink)?.match(CHANNEL_ID)?.[1] ??
    (doc.querySelector(SELECTORS.studioChannelName) ? doc.baseURI.match(CHANNEL_ID)?.[1] : undefined);
  return {
    header: Boolean(header),
    handle: handleText || undefined,
    name: textOf(doc.querySelector(SELECTORS.accountName)) || undefined,
    studioName: textOf(doc.querySelector(SELECTORS.studioChannelName)) || undefined,
    channelId,
    avatarUrl:
      hrefOf(doc.querySelector(SELECTORS.accountHeaderAvatar), 'src') ??
      hrefOf(doc.querySelector(SELECTORS.studioChannelAvatar), 'src') ??
      hrefOf(doc.querySelector(SELECTORS.avatarButtonImage), 'src'),
    avatarButton: Boolean(doc.querySelector(SELECTORS.avatarButton)),
    signInLink: Boolean(doc.querySelector(SELECTORS.signInLink)),
  };
}

/**
 * The acting channel: `ytcfg` from the bridge first (signed-in flag, brand-channel session, handle
 * when present), then the avatar-menu header, then Studio's drawer. Studio shows no handle: the
 * channel id stands in for it there unless ytcfg has one.
 */
export function youtubeActiveAccount(doc: Document, pageState?: PageState): AccountLookup {
  const cfg = readYtcfg(pageState);
  if (cfg?.loggedIn === false) return { account: null, reason: 'youtube: signed out (ytcfg LOGGED_IN is false)' };
  const dom = readDom(doc);
  const channelKind: YoutubeChannelKind = cfg?.delegatedSessionId
    ? 'brand'
    : cfg?.loggedIn === true
      ? 'personal'
      : 'unknown';
  const sources: string[] = [];
  if (cfg && Object.values(cfg).some((value) => value !== undefined)) sources.push('page:ytcfg');
  let handle = cfg?.handle;
  if (!handle && dom.handle) {
    handle = dom.handle;
    sources.push('dom:ytd-active-account-header-renderer');
  }
  if (!handle && dom.channelId) {
    handle = dom.channelId;
    sources.push('dom:ytcp-navigation-drawer');
  }
  handle ??= cfg?.channelId;
  if (!handle) {
    if (cfg?.loggedIn || dom.avatarButton) {
      return {
        account: null,
        reason:
          'youtube: signed in, but no channel handle on the page: the avatar menu was never opened and ytcfg has no handle',
      };
    }
    if (dom.signInLink) return { account: null, reason: 'youtube: signed out (sign-in link in the masthead)' };
    return { account: null, reason: 'youtube: no ytcfg page state, no account header and no avatar button found' };
  }
  const bare = handle.replace(/^@/, '');
  const account: YoutubeActiveAccount = {
    handle: bare,
    displayName: dom.name ?? dom.studioName ?? bare,
    avatarUrl: dom.avatarUrl,
    id: cfg?.channelId ?? dom.channelId,
    source: `${sources.join('+')} (${channelKind === 'unknown' ? 'channel kind unknown' : `${channelKind} channel`})`,
    channelKind,
  };
  return { account };
}
