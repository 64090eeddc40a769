/**
 * Every selector the Reddit adapter uses (the "shreddit" web-component UI), with what each must match
 * in each fixture. Hooks are element names and their attributes, which shreddit treats as its API;
 * classes are Tailwind utilities and texts are translated, so neither is used.
 * Source: /work/shared/notes/sites.md §6.
 */
export const SELECTORS = {
  /** Root of every shreddit page. */
  appRoot: 'shreddit-app',
  /** The root says the request was signed in (its value is checked: "false" means no). */
  loggedInApp: 'shreddit-app[user-logged-in]',
  /** Current-user components that carry the signed-in username as an attribute, most reliable first. */
  usernameAttribute: [
    'after-login-toast-dispatcher[username]', // every page after sign-in
    'achievements-entrypoint[username]', // header / notifications
    'community-author-flair[username]', // community sidebar: the user's own flair
  ],
  /** Avatar button of the header, rendered only for a signed-in request; it holds no name. */
  userDrawerButton: '#expand-user-drawer-button',
  userDrawerAvatar: '#expand-user-drawer-button img',
  /** Profile link of the opened user drawer: `/user/<name>/`. */
  userDrawerProfileLink: '#user-drawer-content a[href^="/user/"]',
  /** Log-in control of a signed-out header (its text is translated, its id and href are not). */
  loginLink: [
    '#login-button', // header button
    'a[href*="reddit.com/login"]', // absolute log-in link
    'a[href^="/login"]', // relative log-in link
  ],
  /** A post: attributes `id` (t3_…), `author`, `permalink`, `post-title`, `created-timestamp`. */
  post: 'shreddit-post',
  /** Post body (feed preview and post page); `#<t3 id>-post-rtjson-content` inside it is preferred. */
  postTextBody: '[slot="text-body"]',
  /** A comment: attributes `thingid` (t1_…), `author`, `depth`, `permalink`, `postid`, `parentid`. */
  comment: 'shreddit-comment',
  /** Comment body; `#<thingid>-comment-rtjson-content` is the same element. */
  commentBody: '[slot="comment"]',
  /** Absolute time of a comment (a post has `created-timestamp`). */
  time: 'faceplate-timeago time[datetime]',
  /** Rich-text composer of comments, replies and post bodies. */
  composerHost: 'shreddit-composer',
  /** The Lexical editable inside a composer, once expanded. */
  editor: '[data-lexical-editor="true"]',
  /** New-post page form (title + body). */
  postComposerForm: 'r-post-composer-form',
  /** Send button of a comment or reply composer, slotted into shreddit-composer. */
  commentSubmit: 'button[slot="submit-button"][type="submit"]',
  /** Post button of the new-post page. */
  postSubmit: '#submit-post-button',
  /** shreddit's form element (a custom element, not an HTMLFormElement); action names the post. */
  faceplateForm: 'faceplate-form',
  /** A native form, when one wraps or sits inside the composer. */
  nativeForm: 'form',
} as const;

export type SelectorName = keyof typeof SELECTORS;

/** `#<thing id>-post-rtjson-content` / `-comment-rtjson-content`, as an attribute selector (ids start with t1_/t3_). */
export function rtjsonBody(thingId: string, kind: 'post' | 'comment'): string {
  return `[id="${thingId.replace(/["\\]/g, '')}-${kind}-rtjson-content"]`;
}
