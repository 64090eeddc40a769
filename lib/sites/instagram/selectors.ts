/**
 * Instagram selectors (fact sheet §4). Classes are hashed and labels English or localized, so the
 * hooks are elements and href patterns: `article`, `time[datetime]`, `/p/<code>/` and
 * `/p/<code>/c/<id>/` links, `form textarea`. The `_ap3a…` class set marks user-written text
 * (captions, comments, bios) and has outlived several builds; it is only a second choice.
 * Expected match counts per fixture are in tests/fixtures/instagram/expected-counts.ts.
 */

export const SELECTORS = {
  // --- Signed-in account ----------------------------------------------------------------------
  navProfileLink: [
    'nav a[role="link"]:has(img[alt$="profile picture"])', // English alt (Mask's selector, scoped to nav)
    '[role="navigation"] a[role="link"]:has(img[alt$="profile picture"])', // English alt
    'nav a[href^="/"]:has(img)', // any language: the only nav link holding an <img> is the avatar
    '[role="navigation"] a[href^="/"]:has(img)', // any language
  ],
  /**
   * 2026 (sites.md §11): no <nav>; the sidebar's profile link sits outside <main>, absolute, with
   * `img[alt="<localized 'Profile photo'> <user>"]`: the alt ends with the username in every language.
   */
  sidebarProfileLink: 'a[role="link"][href^="https://www.instagram.com/"]', // 2026, filtered in code
  main: 'main',

  // --- Posts and comments -------------------------------------------------------------------
  post: 'article:has(time[datetime])', // feed, post page and post dialog
  /** 2026 reels viewer: no <article>; each unit is a <video> with its owner's `/<owner>/reels/` link. */
  reelUnit: 'main div:has(video):has(a[href$="/reels/"])', // 2026; the smallest such div, checked in code
  reelOwnerLink: 'a[href$="/reels/"]', // 2026; `/reels/audio/<id>/` links end otherwise
  reelCaption: 'span[dir="auto"]', // 2026, modelled: the first text span outside links
  time: 'time[datetime]',
  /** Links to profiles are root-relative (`/<username>/`), sometimes absolute. */
  profileLink: ['a[href^="/"]', 'a[href^="https://www.instagram.com/"]'],
  postHeaderLink: 'header a[href^="/"]',
  /** The post's own time is wrapped in its permalink (`/p/<code>/`, `/<user>/p/<code>/`, `/reel/`). */
  postLink: ['a[href*="/p/"]', 'a[href*="/reel/"]'],
  caption: [
    'h1[dir="auto"]', // post page and dialog
    'span._ap3a._aaco._aacu._aacx._aad7._aade', // feed (user-text class set)
  ],
  /** A comment is a list item holding its own `/c/<id>/` link (replies add `/r/<id>/`). */
  comment: 'article li:has(a[href*="/c/"])',
  commentText: [
    'span._ap3a._aaco._aacu._aacx._aad7._aade', // user-text class set
    'span[dir="auto"]', // any build: the first text span outside links
  ],

  // --- Composers and their submit controls ----------------------------------------------------
  editor: [
    'textarea[aria-label="Add a comment…"]', // English
    'form textarea[autocomplete="off"]', // any language: the comment box
    '[role="dialog"] [contenteditable="true"][role="textbox"]', // "Create new post" caption
  ],
  commentForm: 'form',
  composerDialog: '[role="dialog"]',
  /** In the comment form, the text button ("Post"); the other one is the emoji icon. */
  commentPost: 'form [role="button"]:not(:has(svg))',
  /** "Share" in the header of the "Create new post" dialog, after its title. */
  composerShare: '[role="dialog"] h1 ~ div [role="button"]',
} as const;

export type SelectorName = keyof typeof SELECTORS;
