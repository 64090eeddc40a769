/**
 * Facebook addresses: story ids and clean permalinks, comment ids from `comment_id=` links, and
 * profile handles (vanity name or numeric id). Tracking parameters (`__cft__`, `__tn__`) are
 * dropped: they change on every render.
 */

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The story id of a post link: `/posts/<id>`, `story_fbid=<id>`, `/permalink/<id>`, `/videos/<id>`. */
export function storyId(url: string | undefined): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const path = parsed.pathname.match(/\/(?:posts|permalink|videos)\/([^/?#]+)/);
  return path?.[1] ?? parsed.searchParams.get('story_fbid') ?? undefined;
}

/** The story's address without tracking: path-based links keep their path, `.php` ones their ids. */
export function cleanStoryUrl(url: string | undefined): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  if (!parsed.pathname.endsWith('.php')) return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
  const keep = new URLSearchParams();
  for (const name of ['story_fbid', 'id']) {
    const value = parsed.searchParams.get(name);
    if (value) keep.set(name, value);
  }
  return `${parsed.origin}${parsed.pathname}?${keep}`;
}

/**
 * `comment_id` is either the numeric id or base64 of `comment:<story>_<comment>` (newer builds);
 * both give the numeric comment id.
 */
function decodeCommentId(value: string | null): string | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return value;
  try {
    return atob(value).match(/^comment:\d+_(\d+)$/)?.[1];
  } catch {
    return undefined;
  }
}

export interface CommentRef {
  commentId: string;
  /** Set on replies: the id in `reply_comment_id`. */
  replyId?: string;
}

/** The comment (and reply) a `comment_id=` link points at. */
export function commentRef(url: string | undefined): CommentRef | undefined {
  const parsed = parse(url);
  const commentId = decodeCommentId(parsed?.searchParams.get('comment_id') ?? null);
  if (!parsed || !commentId) return undefined;
  const replyId = decodeCommentId(parsed.searchParams.get('reply_comment_id'));
  return replyId ? { commentId, replyId } : { commentId };
}

/** The permalink of a comment or reply under a story. */
export function commentUrl(storyUrl: string, ref: CommentRef): string {
  const url = new URL(storyUrl);
  url.searchParams.set('comment_id', ref.commentId);
  if (ref.replyId) url.searchParams.set('reply_comment_id', ref.replyId);
  return url.href;
}

const NOT_PROFILES = new Set([
  'groups',
  'pages',
  'watch',
  'reel',
  'photo',
  'photo.php',
  'hashtag',
  'events',
  'marketplace',
  'permalink.php',
  'story.php',
  'notifications',
  'l.php',
]);

/** Vanity name (`/acme.fr`) or numeric id (`/profile.php?id=…`, `/people/<name>/<id>`, group member). */
export function profileHandle(url: string | undefined): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (parts[0] === 'profile.php') return parsed.searchParams.get('id') ?? undefined;
  if (parts[0] === 'people') return parts[2];
  if (parts[0] === 'groups' && parts[2] === 'user') return parts[3];
  return parts[0] && !NOT_PROFILES.has(parts[0]) ? parts[0] : undefined;
}

/** `https://www.facebook.com/<vanity>` or `…/profile.php?id=<id>`, without tracking. */
export function cleanProfileUrl(url: string | undefined): string | undefined {
  const parsed = parse(url);
  const handle = profileHandle(url);
  if (!parsed || !handle) return undefined;
  const vanity = parsed.pathname.split('/').filter(Boolean)[0] === handle;
  return vanity ? `${parsed.origin}/${handle}` : `${parsed.origin}/profile.php?id=${handle}`;
}
