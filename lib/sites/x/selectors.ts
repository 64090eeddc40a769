/**
 * Every selector the X adapter uses, with what each must match in each fixture.
 * Hooks are X's `data-testid`s and href patterns: its classes are atomic (`css-175oi2r r-…`) and
 * its aria-labels are translated ("Post text" / "Texte du post"), so neither is used.
 * Source for each hook: /work/shared/notes/sites.md §1.
 */
export const SELECTORS = {
  /** Signed-in account button; its avatar testid carries the screen name. */
  accountSwitcher: [
    '[data-testid="SideNav_AccountSwitcher_Button"]', // desktop side navigation
    '[data-testid="DashButton_ProfileIcon_Link"]', // narrow/mobile layout: profile icon opening the drawer
  ],
  /** `UserAvatar-Container-<screen_name>`, inside the account button and beside every tweet. */
  avatarContainer: '[data-testid^="UserAvatar-Container-"]',
  /** A tweet or reply (the virtualized list recycles the cells around it). */
  tweet: 'article[data-testid="tweet"]',
  /** Header of a tweet: display-name link, @handle link, then the time link. */
  userName: '[data-testid="User-Name"]',
  /** Text blocks (React Native Web sets `dir` on each): display name, `@handle`, separators. */
  headerText: '[dir]',
  avatarImage: 'img[src]',
  tweetText: '[data-testid="tweetText"]',
  /** Absolute timestamp; inside the status link for the tweet itself, bare inside a quoted tweet. */
  time: 'time[datetime]',
  statusLink: 'a[href*="/status/"]',
  /** A quoted tweet is a clickable block inside the article: what it holds is not the tweet's own. */
  quotedTweet: 'div[role="link"]',
  /** Profile links; one whose text is `@handle` outside the header and text is "Replying to @x". */
  profileLink: 'a[role="link"][href^="/"]:not([href*="/status/"])',
  /** Reposts are tagged by a context line above the author. */
  socialContext: '[data-testid="socialContext"]',
  /** Editable box: Draft.js contenteditable. */
  composerEditable: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]', // 2025 markup: the testid is on the editable itself
    '[data-testid^="tweetTextarea_"] [contenteditable="true"]', // older markup: testid on a wrapper
  ],
  /** Editable box: plain textarea of the narrow/mobile layout. */
  composerTextarea: [
    'textarea[data-testid^="tweetTextarea_"]', // testid on the textarea
    '[data-testid^="tweetTextarea_"] textarea', // testid on its container (what CPFT queries)
  ],
  /** `tweetButtonInline` (home box, reply box on a status page) and `tweetButton` (modal). */
  tweetButton: 'button[data-testid^="tweetButton"]',
  /** The modal layer of /compose/post, the reply dialog and the mobile sheet. */
  dialog: '[role="dialog"]',
  /** Markup only X renders, for pages served from another host (tests, proxies). */
  appMarker: '#react-root [data-testid="primaryColumn"]',
} as const;

/** The account button's and each tweet's avatar testid is this prefix + the screen name. */
export const AVATAR_TESTID_PREFIX = 'UserAvatar-Container-';

/** What X accepts as a screen name (letters, digits, underscore, up to 15). */
export const SCREEN_NAME = /^[A-Za-z0-9_]{1,15}$/;

/** Name of one entry of SELECTORS. */
export type SelectorName = keyof typeof SELECTORS;
