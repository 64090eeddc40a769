/**
 * LinkedIn URNs: reading them from attributes, canonical comment URNs, permalinks, and the
 * creation time encoded in activity and comment ids.
 */

const POST_URN = /urn:li:(activity|ugcPost|share):(\d+)/;
/** `urn:li:comment:(activity:1,2)` (legacy) or `urn:li:comment:(urn:li:activity:1,2)` (sdui). */
const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d+),(\d+)\)/;
const ORIGIN = 'https://www.linkedin.com';

/** The post URN in value (`data-urn`, a facepile testid, a componentkey…), or undefined. */
export function findPostUrn(value: string | null | undefined): string | undefined {
  const match = value?.match(POST_URN);
  return match ? `urn:li:${match[1]}:${match[2]}` : undefined;
}

export interface CommentUrn {
  /** Canonical form `urn:li:comment:(activity:<post>,<comment>)`, the same in both markups. */
  urn: string;
  postUrn: string;
  commentId: string;
}

/** Parses a comment URN in either markup's spelling. */
export function parseCommentUrn(value: string | null | undefined): CommentUrn | undefined {
  const match = value?.match(COMMENT_URN);
  if (!match) return undefined;
  const [, type, postId, commentId] = match;
  return {
    urn: `urn:li:comment:(${type}:${postId},${commentId})`,
    postUrn: `urn:li:${type}:${postId}`,
    commentId: commentId ?? '',
  };
}

/** `https://www.linkedin.com/feed/update/<urn>/`. */
export function postPermalink(postUrn: string): string {
  return `${ORIGIN}/feed/update/${postUrn}/`;
}

/** The post page scrolled to the comment, as LinkedIn's own "Copy link to comment" builds it. */
export function commentPermalink(comment: CommentUrn): string {
  return `${postPermalink(comment.postUrn)}?commentUrn=${encodeURIComponent(comment.urn)}`;
}

const EARLIEST = Date.UTC(2010, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * Creation time of an activity or comment id: its upper 41 bits (id >> 22) are milliseconds
 * since the Unix epoch. Reverse-engineered, not documented by LinkedIn; checked against public
 * tools that decode it the same way (`codingmatheus/linkedin-timestamp-extractor`, a userscript
 * dividing by 4194304) and a dated test vector (…758593 → 2026-06-11T01:47:51.793Z).
 * Out-of-range results give undefined rather than a wrong date.
 */
export function timeFromId(id: string | undefined): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> BigInt(22));
  return ms >= EARLIEST && ms < LATEST ? new Date(ms).toISOString() : undefined;
}

/** The numeric id at the end of a post URN. */
export function postIdOf(postUrn: string): string | undefined {
  return postUrn.match(POST_URN)?.[2];
}

/** Profile or company slug from `/in/<slug>/` or `/company/<slug>/`, decoded. */
export function profileSlug(url: string | undefined): string | undefined {
  const match = url?.match(/\/(?:in|company|school|showcase)\/([^/?#]+)/);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * The profile URL without tracking query or sub-page: `https://www.linkedin.com/in/<slug>/` or
 * `…/company/<slug>/` (a Page's `/posts/` tab is the same author).
 */
export function cleanProfileUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    const profile = parsed.pathname.match(/^\/(in|company|school|showcase)\/([^/]+)/);
    return profile ? `${parsed.origin}/${profile[1]}/${profile[2]}/` : `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}
