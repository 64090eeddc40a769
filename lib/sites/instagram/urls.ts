/**
 * Instagram addresses: post shortcodes (`/p/<code>/`, `/<user>/p/<code>/`, `/reel/<code>/`),
 * comment ids (`/p/<code>/c/<id>/`, replies `/c/<parent>/r/<id>/`) and usernames (`/<user>/`).
 */
const ORIGIN = 'https://www.instagram.com';
const POST_PATH = /^\/(?:[^/]+\/)?(p|reel)\/([A-Za-z0-9_-]+)(?:\/c\/(\d+)(?:\/r\/(\d+))?)?/;

/** Single-segment paths that are not profiles. */
const NOT_PROFILES = new Set(['explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel', 'about', 'legal']);

export interface PostRef {
  type: 'p' | 'reel';
  code: string;
  commentId?: string;
  replyId?: string;
}

function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** The post (and comment) an Instagram link points at. */
export function postRef(url: string | undefined): PostRef | undefined {
  const match = pathOf(url)?.match(POST_PATH);
  if (!match?.[2]) return undefined;
  return { type: match[1] === 'reel' ? 'reel' : 'p', code: match[2], commentId: match[3], replyId: match[4] };
}

/** `https://www.instagram.com/p/<code>/`, plus `c/<id>/` (and `r/<id>/`) for comments. */
export function permalinkOf(ref: PostRef): string {
  const base = `${ORIGIN}/${ref.type}/${ref.code}/`;
  if (!ref.commentId) return base;
  return `${base}c/${ref.commentId}/${ref.replyId ? `r/${ref.replyId}/` : ''}`;
}

/** The username of a profile link (`/acme.france/`), or undefined for any other link. */
export function usernameOf(url: string | undefined): string | undefined {
  const match = pathOf(url)?.match(/^\/([A-Za-z0-9._]+)\/?$/);
  return match?.[1] && !NOT_PROFILES.has(match[1]) ? match[1] : undefined;
}

/** The owner of a `/<owner>/reels/` link (a profile's reels tab), never of `/reels/audio/…`. */
export function reelsOwnerOf(url: string | undefined): string | undefined {
  const match = pathOf(url)?.match(/^\/([A-Za-z0-9._]+)\/reels\/?$/);
  return match?.[1] && !NOT_PROFILES.has(match[1]) ? match[1] : undefined;
}

/** `https://www.instagram.com/<username>/`. */
export function profileUrl(username: string): string {
  return `${ORIGIN}/${username}/`;
}

/** An ISO 8601 string from a `datetime` attribute, or undefined when it is not a date. */
export function isoTime(datetime: string | null | undefined): string | undefined {
  const ms = datetime ? Date.parse(datetime) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
