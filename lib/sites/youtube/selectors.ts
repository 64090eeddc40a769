/**
 * Every selector the YouTube adapter uses (watch page and YouTube Studio), with what each must match
 * in each fixture. Hooks are custom-element names and ids; YouTube repeats ids (`#content-text`,
 * `#author-text`) in every comment, so the adapter always scopes them to their comment element.
 * No aria-label or text is used: both are translated. Source: /work/shared/notes/sites.md §5.
 */
export const SELECTORS = {
  /** Markers only YouTube renders, for pages served from another host (tests, proxies). */
  appRoot: [
    'ytd-app', // watch page, home, channel pages
    'ytcp-app', // Studio
  ],
  /** Watch page root; its `video-id` is the video on screen. */
  watchFlexy: 'ytd-watch-flexy[video-id]',
  /** Title and owner block under the player: read as the "post" comments answer. */
  videoMetadata: 'ytd-watch-metadata',
  videoTitle: 'ytd-watch-metadata #title h1',
  videoOwnerLink: 'ytd-watch-metadata ytd-channel-name a[href]',
  /** A top-level comment with its replies. */
  commentThread: [
    'ytd-comment-thread-renderer', // watch page
    'ytd-comment-thread-view-model', // watch page, newer view-model markup
    'ytcp-comment-thread', // Studio
  ],
  /** One comment or reply. */
  comment: [
    'ytd-comment-view-model', // watch page, new markup (2024+)
    'ytd-comment-renderer', // watch page, older Polymer markup
    'ytcp-comment', // Studio
  ],
  /** Container of a thread's replies: a comment inside it is a reply. */
  replies: [
    'ytd-comment-replies-renderer', // watch page
    'ytcp-comment-replies', // Studio
  ],
  /** Author link (`/@handle` on the watch page, `/channel/UC…` in Studio); its text is `@handle`. */
  commentAuthor: '#author-text',
  commentAuthorThumbnail: '#author-thumbnail a[href]',
  commentText: '#content-text',
  /** Relative-time link, `/watch?v=<video>&lc=<comment id>`: the comment's id and permalink. */
  commentPermalink: '#published-time-text a[href*="lc="]',
  /** An open comment or reply box. */
  commentBox: [
    'ytd-commentbox', // watch page (top-level and reply)
    'ytcp-commentbox', // Studio, older
    'ytcp-commentbox-lit', // Studio, newer
  ],
  /** The box of a reply, inside the comment it answers. */
  replyDialog: [
    '#reply-dialog', // watch page
    'ytd-comment-reply-dialog-renderer', // watch page, inside #reply-dialog
    '#reply-dialog-container', // Studio
  ],
  /** Watch page editor: a plain contenteditable. */
  watchEditor: '#contenteditable-root',
  /** Studio editor: a real textarea. */
  studioEditor: [
    'ytcp-commentbox textarea#textarea', // Studio, older
    'ytcp-commentbox-lit textarea', // Studio, newer
  ],
  /** Watch page send button (ytd-button-renderer#submit-button > button). */
  watchSubmit: '#submit-button button',
  /** Studio send control, older markup; the newer one has no id (see studioBoxButton). */
  studioSubmit: 'ytcp-comment-button#submit-button',
  studioSubmitButton: 'ytcp-comment-button#submit-button button',
  /** Buttons of a Studio reply box: the send button is the last one after the textarea. */
  studioBoxButton: [
    'ytcp-commentbox button', // Studio, older
    'ytcp-commentbox-lit button', // Studio, newer
  ],
  /** Avatar menu header, rendered once the menu has been opened. */
  accountHeader: 'ytd-active-account-header-renderer',
  accountName: 'ytd-active-account-header-renderer #account-name',
  accountHandle: 'ytd-active-account-header-renderer #channel-handle',
  /** Fallback for the handle: the header string that starts with "@". */
  accountHeaderString: 'ytd-active-account-header-renderer yt-formatted-string',
  accountHeaderAvatar: 'ytd-active-account-header-renderer #avatar img',
  /** Avatar button of the masthead (watch page) and Studio header: present only when signed in. */
  avatarButton: '#avatar-btn',
  avatarButtonImage: '#avatar-btn img',
  /** Sign-in link of a signed-out masthead (its text is translated, its href is not). */
  signInLink: 'a[href^="https://accounts.google.com/ServiceLogin"]',
  /** Studio side drawer: the channel being managed. */
  studioChannelName: 'ytcp-navigation-drawer #entity-name',
  studioChannelLink: 'ytcp-navigation-drawer a#overlay-link-to-youtube[href]',
  studioChannelAvatar: 'ytcp-navigation-drawer img.thumbnail',
  /** Bell menu entries: not comments, counted so a change of markup shows. */
  notification: 'ytd-notification-renderer',
} as const;

export type SelectorName = keyof typeof SELECTORS;
