/**
 * Every selector the Bluesky adapter uses, with what each must match in each fixture.
 * bsky.app is React Native Web: classes are atomic (`css-146c3p1`) and labels are translated,
 * so the hooks are `testID`s (rendered as `data-testid`), roles, `/profile/…` hrefs and
 * TipTap's own classes. Source for each hook: /work/shared/notes/sites.md §8.
 */
export const SELECTORS = {
  /** One post; the testid ends with the author's handle. */
  postItem: [
    '[data-testid^="feedItem-by-"]', // feeds, and notifications (a reply, mention or like each)
    '[data-testid^="postThreadItem-by-"]', // thread page: parents, the anchor post and replies
  ],
  postText: '[data-testid="postText"]',
  /** Display-name and @handle links (PostMeta), avatars, mentions in text, "Reposted by". */
  profileLink: 'a[href^="/profile/"]:not([href*="/post/"])',
  /** `/profile/<handle>/post/<rkey>`: the timestamp link, and the anchor's repost/like counts. */
  postLink: 'a[href^="/profile/"][href*="/post/"]',
  /** The web composer's editor. */
  composer: [
    '.ProseMirror[contenteditable="true"]', // TipTap root (RichTextInputWeb)
    '[data-testid="composerTextInput"] [contenteditable="true"]', // reported wrapper testID
    // Any editor library in the composer dialog (the editor is detected from the box itself).
    '[role="dialog"]:has([data-testid="composerPublishBtn"]) [contenteditable="true"][role="textbox"]',
    '[role="dialog"]:has([data-testid="composerPublishBtn"]) textarea',
  ],
  publishButton: '[data-testid="composerPublishBtn"]',
  /** The composer opens as a modal dialog. */
  dialog: '[role="dialog"]',
  /**
   * ComposerReplyTo, the parent post shown above a reply: it has no testID; it is the one
   * pressable of the dialog that holds an avatar.
   */
  replyToPreview: '[role="dialog"] [role="button"]:has([data-testid="userAvatarImage"])',
  /** Text blocks of React Native Web (`dir="auto"`): in the preview, display name then text. */
  textBlock: '[dir="auto"]',
  /** Markup only bsky.app renders, for pages served from another host (tests, proxies). */
  appMarker: [
    'meta[name="application-name"][content="Bluesky"]', // set in the page head
    '[data-testid^="feedItem-by-"]', // any feed
    '[data-testid^="postThreadItem-by-"]', // a thread page
  ],
} as const;

/** Name of one entry of SELECTORS. */
export type SelectorName = keyof typeof SELECTORS;

/** `feedItem-by-<handle>` / `postThreadItem-by-<handle>`: the handle follows this marker. */
export const AUTHOR_TESTID_MARKER = '-by-';

/** The path of a post: `/profile/<handle or did>/post/<rkey>`. */
export const POST_PATH = /^\/profile\/([^/?#]+)\/post\/([^/?#]+)/;

/** Key of the app's persisted state in localStorage. */
export const STORAGE_KEY = 'BSKY_STORAGE';
