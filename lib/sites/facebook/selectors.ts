/**
 * Facebook selectors (fact sheet §3). Classes are atomic and change per build, labels are
 * localized: hooks are `data-ad-rendering-role`, `data-lexical-editor`, `role`, `aria-posinset`,
 * ids and href patterns. English labels only appear beside a language-neutral alternative.
 * Expected match counts per fixture are in tests/fixtures/facebook/expected-counts.ts.
 */

export const SELECTORS = {
  // --- Signed-in account ----------------------------------------------------------------------
  /** Server-rendered module data; the one carrying `CurrentUserInitialData` is found by its text. */
  pageDataScript: 'script[type="application/json"]', // 2024–2025 pages: `data-sjs` is not always there
  profileLink: [
    // Top banner profile shortcut: a link holding the avatar (svg <image> or <img>). One simple
    // selector per :has(): happy-dom mis-reads lists and combinators inside it.
    '[role="banner"] a[role="link"][href]:has(image)',
    '[role="banner"] a[role="link"][href]:has(img)',
    '[data-pagelet="LeftRail"] li:first-child a[role="link"][href]', // home left rail, first entry is the user
  ],

  // --- Posts and comments -------------------------------------------------------------------
  /** The page's main region: a story there without a timestamp link is the page's own story. */
  main: '[role="main"]',
  post: [
    '[role="feed"] div[aria-posinset]', // feed unit
    '[role="main"] [role="article"]:has([data-ad-rendering-role="story_message"])', // permalink page
    '[role="main"] [role="article"][aria-posinset]', // 2024–2025 timelines, home, photo viewer: no [role=feed]
  ],
  postAuthorLink: '[data-ad-rendering-role="profile_name"] a[href]',
  /** Where the author's name link sits when `profile_name` is not marked (2024 pages). */
  postAuthorFallback: ['h2 a[href]', 'h3 a[href]', 'h4 a[href]', 'strong a[href]'],
  postText: [
    '[data-ad-rendering-role="story_message"]', // current
    '[data-ad-comet-preview="message"]', // older builds
  ],
  /** The timestamp link: the only link to the story itself (text is relative or scrambled). */
  postPermalink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]', 'a[href*="/videos/"]'],
  /** An absolute time, rarely present (Facebook shows relative, sometimes scrambled, times). */
  absoluteTime: ['abbr[data-utime]', 'time[datetime]'],
  comment: [
    '[role="article"][aria-label^="Comment by "]', // English
    '[role="article"][aria-label^="Reply by "]', // English
    // Any language; a story (aria-posinset, or its text marked either way) is never a comment.
    '[role="article"]:not([aria-posinset]):has(a[href*="comment_id="]):not(:has([data-ad-rendering-role="story_message"])):not(:has([data-ad-comet-preview="message"]))',
  ],
  /** Links inside a comment carry `comment_id=` (and `reply_comment_id=` for replies). */
  commentLink: 'a[href*="comment_id="]',
  commentText: 'span[lang]', // the comment body, tagged with its language
  /** A comment thread: the top comment, its replies and the reply box share one list item. */
  commentThread: 'li:has([role="article"])',

  // --- Composers and their submit controls ----------------------------------------------------
  editor: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', // Lexical
    'div[contenteditable="true"][role="textbox"].notranslate', // Lexical before data-lexical-editor
    // Any editor library in a comment form (the editor is detected from the box itself).
    'form[role="presentation"] [contenteditable="true"][role="textbox"]',
    'form[role="presentation"] textarea',
  ],
  /**
   * The Messenger chat box: a `[contenteditable][role=textbox]` like the others but in no form;
   * its placeholder "Aa" is the same in every language (sites.md §11). A direct-message box.
   */
  messengerBox: ['[role="textbox"][aria-placeholder="Aa"]', '[data-pagelet="ChatTabs"] [role="textbox"]'],
  /** A comment or reply box sits in a presentation form; the post composer in a dialog. */
  commentForm: 'form[role="presentation"]',
  composerDialog: '[role="dialog"]',
  commentSend: [
    '#focused-state-composer-submit [role="button"]', // any language (the focused box only)
    '[role="button"][aria-label="Comment"]', // English
    '[role="button"][aria-label="Commenter"]', // French
    '[role="button"][aria-label="Reply"]', // English, reply box
    '[role="button"][aria-label="Répondre"]', // French, reply box
  ],
  postSend: [
    '[role="button"][aria-label="Post"]', // English
    '[role="button"][aria-label="Publier"]', // French
  ],
} as const;

export type SelectorName = keyof typeof SELECTORS;
