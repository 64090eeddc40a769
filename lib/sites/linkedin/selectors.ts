/**
 * LinkedIn selectors. Two DOMs coexist (fact sheet §2): the legacy Ember markup with semantic BEM
 * classes, and the SDUI/React markup with hashed classes whose stable hooks are `data-view-name`,
 * `componentkey`, `data-testid` and ARIA. Each alternative names the markup it is for. Expected
 * match counts per fixture are in tests/fixtures/linkedin/expected-counts.ts.
 */

export const SELECTORS = {
  // --- Signed-in member -------------------------------------------------------------------
  /** Nav avatar; `alt` is the member's full name. */
  meNavPhoto: 'img.global-nav__me-photo', // legacy
  meProfileLink: [
    '.global-nav__me-content a[href*="/in/"]', // legacy: "Me" menu, rendered once opened
    '.feed-identity-module__actor-meta a[href*="/in/"]', // legacy: feed left rail
    'a[data-view-name="identity-self-profile"][href*="/in/"]', // sdui: left rail profile link
    '[data-view-name="identity-module"] a[href*="/in/"]', // sdui: identity module
  ],
  /**
   * 2026: the left-rail profile card, outside the feed: an `/in/` link holding `figure > img` whose
   * alt is the member's full name (the share box avatar inside `mainFeed` has an empty alt).
   */
  railProfileCard: 'a[href*="/in/"]', // 2026, filtered in code (figure > img[alt], outside mainFeed)
  /** Describes each embedded API response (`{"request":"/voyager/api/me","body":"bpr-guid-…"}`). */
  voyagerDatalet: 'code[id^="datalet-bpr-guid-"]', // both
  /** Per-post "comment, react, repost as" switch shown to Page admins; img alt names the actor. */
  identityToggle: [
    'button.content-admin-identity-toggle-button', // legacy
    'button[aria-label="Open menu for switching identity when interacting with this post"]', // any markup, English
  ],
  /** A link to a Page, to find the slug of the Page the member acts as. */
  companyLink: 'a[href*="/company/"]', // both
  /** Share box header button whose first line is the author the post will be published as. */
  shareActor: '.share-unified-settings-entry-button', // legacy and sdui share box (same Ember modal)

  // --- Posts and comments -------------------------------------------------------------------
  post: [
    'div.feed-shared-update-v2[data-urn]', // legacy: feed and post page
    '[data-view-name="feed-full-update"]', // sdui, 2025 builds
    '[componentkey="container-update-list_mainFeed-lazy-container"] > div[data-lazy-mount-id] > div[data-display-contents="true"] > div:has(a[data-view-name="feed-actor-image"])', // sdui feed
    '[role="listitem"]:has(a[data-view-name="feed-actor-image"])', // sdui post page and search
    '[data-testid="mainFeed"] [role="listitem"][componentkey*="FeedType_"]', // 2026 mainFeed item
  ],
  /** 2026: the feed list; items carry `componentkey="expanded<token>FeedType_…"`, no URN. */
  mainFeed: '[data-testid="mainFeed"]', // sdui and 2026
  feedItem2026: '[data-testid="mainFeed"] [role="listitem"][componentkey*="FeedType_"]', // 2026 (and sdui)
  /** 2026: links that can name a post's author (profiles and Pages), read in order. */
  authorLink2026: ['a[href*="/in/"]', 'a[href*="/company/"]'], // 2026
  postActorLink: [
    'a.update-components-actor__meta-link', // legacy
    'a[data-view-name="feed-actor-image"]', // sdui
  ],
  legacyActorName: '.update-components-actor__title span[aria-hidden="true"]', // legacy
  /** English-only fallback for the author's name when no name link is found. */
  postMenuButton: 'button[aria-label^="Open control menu for post by "]', // sdui, English
  postText: [
    '.feed-shared-update-v2__description .update-components-text', // legacy
    '[data-view-name="feed-commentary"]', // sdui
    '[data-testid="expandable-text-box"]', // sdui without the commentary wrapper
  ],
  /** Inside text: screen-reader duplicates and the "…more" toggle, not part of what was written. */
  textSkip: ['.visually-hidden', '[data-testid="expandable-text-button"]'],
  /** `data-testid="ReactionFacepileCollection-urn:li:activity:<id>"`: the post's own URN. */
  postFacepile: '[data-testid^="ReactionFacepileCollection-urn:li:"]', // sdui
  comment: [
    'article.comments-comment-entity[data-id^="urn:li:comment:"]', // legacy
    '[componentkey^="replaceableComment_urn:li:comment:"]', // sdui
  ],
  commentActorLink: [
    'a.comments-comment-meta__description-container', // legacy
    'a[data-view-name="comment-actor-picture"]', // sdui comment
    'a[data-view-name="reply-actor-picture"]', // sdui reply
  ],
  commentActorName: [
    '.comments-comment-meta__description-title', // legacy
    'a[data-view-name="comment-actor-description"] p:first-of-type', // sdui comment: name, then headline
    'a[data-view-name="reply-actor-description"] p:first-of-type', // sdui reply
  ],
  commentText: [
    '.comments-comment-item__main-content', // legacy
    '[data-view-name="comment-commentary"]', // sdui comment
    '[data-view-name="comment-reply-commentary"]', // sdui reply
  ],

  // --- Composers and their submit controls ----------------------------------------------------
  editor: [
    '.ql-editor[contenteditable="true"]', // legacy comment/reply box, both share boxes (Quill)
    'div.tiptap.ProseMirror[contenteditable="true"]', // sdui comment/reply box (TipTap)
    '[data-view-name="comment-box"] [contenteditable="true"]', // sdui, class-free
    '.msg-form__contenteditable[contenteditable="true"]', // messaging (plain contenteditable)
    // Any editor library in a comment form (the editor is detected from the box itself).
    '.comments-comment-box__form [contenteditable="true"]',
    '.comments-comment-box__form textarea',
  ],
  sduiCommentBox: '[data-view-name="comment-box"]', // sdui: wraps the TipTap editor
  messageEditor: '.msg-form__contenteditable', // messaging
  shareBox: [
    '.share-box-v2__modal', // legacy and sdui share box
    '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]', // share box dialog
  ],
  /** Light-DOM hosts whose open shadow root holds the sdui share box and some dialogs. */
  shadowHost: ['#interop-outlet', '[data-testid="interop-shadowdom"]'], // sdui
  commentSubmit: [
    'button.comments-comment-box__submit-button--cr', // legacy, current
    'button.comments-comment-box__submit-button', // legacy, older
    'button[data-view-name="comment-post"]', // sdui (rendered after the first real keystroke)
    '[componentkey^="commentBox"] button:not([aria-label])', // 2026: the text button (icons are labelled)
  ],
  commentForm: 'form.comments-comment-box__form', // legacy
  shareSubmit: 'button.share-actions__primary-action', // share box "Post"
  messageSend: 'button.msg-form__send-button', // messaging
  messageForm: 'form.msg-form', // messaging
} as const;

export type SelectorName = keyof typeof SELECTORS;
