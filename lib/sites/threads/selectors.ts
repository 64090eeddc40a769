/**
 * Every selector the Threads adapter uses (threads.com and threads.net serve the same app), with
 * what each must match in each fixture. Classes are hashed (`x1a6qonq…`) and aria-labels are
 * translated, so hooks are roles, `data-pressable-container`, `data-lexical-editor` and href
 * patterns. Source: /work/shared/notes/sites.md §9.
 */
export const SELECTORS = {
  /** Landmark of the navigation bar, when it has one (it has varied). */
  navigation: [
    '[role="navigation"]', // div role="navigation"
    'nav', // native element
  ],
  /** The feed column: a link outside it (and outside posts and dialogs) belongs to the navigation bar. */
  main: [
    '[role="main"]', // div role="main"
    'main', // native element
  ],
  /** Any link to a profile (`/@user`): navigation, authors, mentions, the composer's avatar. */
  profileLink: 'a[href^="/@"]',
  /** Icon of the navigation's profile link (its label is translated: only its presence counts). */
  icon: 'svg',
  /** Log-in link of a signed-out page. */
  loginLink: 'a[href^="/login"]',
  /** Modal layer: new-thread and reply composers. */
  dialog: '[role="dialog"]',
  /** Every post and reply (no <article>); a quoted post is one nested inside another. */
  post: '[data-pressable-container="true"]',
  /** `/@user/post/<code>`: the post's permalink is the one around its time. */
  postLink: 'a[href*="/post/"]',
  /** Author links of a post (avatar and name). */
  authorLink: 'a[href^="/@"]:not([href*="/post/"])',
  time: 'time[datetime]',
  /** Text runs of a post: the body is the longest one outside links and buttons. */
  text: 'span[dir="auto"]',
  link: 'a',
  /** Clickable controls: action bar, composer footer. */
  button: [
    '[role="button"]', // Threads' div role="button"
    'button', // native element
  ],
  /** The editable box of every composer. */
  editor: 'div[role="textbox"][contenteditable="true"]',
  /** Marks a Lexical root (fact sheet §12 question 6: expected, to be confirmed). */
  lexical: '[data-lexical-editor]',
  /** Label of a control: its icon's aria-label. */
  labelledIcon: 'svg[aria-label]',
} as const;

export type SelectorName = keyof typeof SELECTORS;

/**
 * Labels of the send control ("Post", "Reply") in the interface languages CMs use most. Preferred
 * when present; without a match the adapter falls back to the last control after the editor.
 */
export const SUBMIT_LABELS: readonly string[] = [
  'post',
  'reply',
  'publier',
  'répondre',
  'publicar',
  'responder',
  'posten',
  'antworten',
  'pubblica',
  'rispondi',
];
