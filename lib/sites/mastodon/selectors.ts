/**
 * Every selector the Mastodon adapter uses, with what each must match in each fixture.
 * Mastodon's web UI is open source with semantic BEM classes, which are the stable hooks here
 * (with `data-id` and `/@acct` hrefs); labels are translated and never used.
 * Source for each hook: /work/shared/notes/sites.md §7 and mastodon/mastodon app/javascript.
 */
export const SELECTORS = {
  /** Server-rendered JSON with `meta.me` and `accounts` (also holds an access token, never read). */
  initialState: 'script#initial-state',
  /** Root of the web app. */
  appRoot: '#mastodon',
  /** A status in a timeline, a thread or a mention; a quoted status inside another is not one. */
  status: '.status[data-id]:not(.status--is-quote)',
  /** The focal status of a thread page (no data-id: its id is in its datetime link). */
  detailedStatus: '.detailed-status',
  /** Set on statuses that answer another (`in_reply_to_id`); the parent's id is not in the page. */
  replyStatus: '.status-reply',
  /** Link to the author: href `/@acct` (4.x) or the account URL with `title` = acct (older). */
  displayNameLink: [
    '.status__display-name', // timeline and thread statuses
    '.detailed-status__display-name', // focal status, and the reply indicator since 4.3
    '.reply-indicator__display-name', // reply indicator up to 4.2
  ],
  displayNameHtml: '.display-name__html',
  displayNameAccount: '.display-name__account',
  /** Status body: the inner text wrapper (4.x) or the content block itself (older). */
  statusText: '.status__content__text',
  statusContent: '.status__content',
  /** Link to the status itself, wrapping `<time datetime>` in timelines. */
  relativeTime: '.status__relative-time',
  detailedDatetime: '.detailed-status__datetime',
  time: 'time[datetime]',
  composeForm: 'form.compose-form',
  composeTextarea: [
    'textarea.autosuggest-textarea__textarea', // AutosuggestTextarea of the compose form
    '.compose-form textarea', // forks that restyle the textarea
  ],
  submitButton: [
    '.compose-form__submit button[type="submit"]', // 4.3 and later
    '.compose-form__publish button[type="submit"]', // up to 4.2, and glitch-soc
  ],
  /** The replied-to status shown in the compose form (author and content, no status id). */
  replyIndicator: '.reply-indicator',
  replyIndicatorContent: '.reply-indicator__content',
} as const;

/** Name of one entry of SELECTORS. */
export type SelectorName = keyof typeof SELECTORS;

/** `/@acct` (profile) and `/@acct/<id>` (status) paths of the instance's web UI. */
export const PROFILE_PATH = /^\/@([^/]+)\/?$/;
export const STATUS_PATH = /^\/@([^/]+)\/(\d+)/;
