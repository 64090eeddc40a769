// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://x.com/home';
const STATUS = 'https://x.com/marie_dupont/status/1861000000000000101';
const COMPOSE = 'https://x.com/compose/post';
const load = (file: string, url = HOME) => loadFixture('x', file, url);
// Draft.js boxes are mounted on a wrapper (see tests/fixtures/README.md): the id is on an ancestor.
const fixtureId = (element: Element) => element.closest('[data-fixture-id]')?.getAttribute('data-fixture-id');
/** The value, or a failed test saying what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`fixture: ${what} not found`);
  return value;
}

const MARIE = {
  network: 'x',
  id: '1861000000000000101',
  authorName: 'Marie Dupont',
  authorHandle: '@marie_dupont',
  authorUrl: 'https://x.com/marie_dupont',
  text: "Bonjour @acme ! Ma commande n°4521 est arrivée abîmée 😢\nPouvez-vous m'aider ? Détails ici : https://photos.example.fr/colis-4521",
  permalink: 'https://x.com/marie_dupont/status/1861000000000000101',
  publishedAt: '2025-11-20T08:15:00.000Z',
  kind: 'post',
  element: expect.any(HTMLElement),
};

describe('x: activeAccount', () => {
  const session = {
    screen_name: 'acme_fr',
    name: 'Acme France',
    profile_image_url_https: 'https://pbs.twimg.com/a.png',
    id_str: '42',
  };

  it('prefers the Redux session read by the bridge', () => {
    expect(xAdapter.activeAccount(load('feed.html'), { xReduxSession: session })).toEqual({
      account: {
        handle: 'acme_fr',
        displayName: 'Acme France',
        avatarUrl: 'https://pbs.twimg.com/a.png',
        id: '42',
        source: 'page:xReduxSession',
      },
    });
    expect(xAdapter.pageStateKeys).toEqual(['xReduxSession']);
  });

  it('reads the account switcher button when there is no usable session', () => {
    const expected = {
      account: {
        handle: 'acme',
        displayName: 'Acme',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1690000000000000009/acme_logo_normal.png',
        source: 'dom:SideNav_AccountSwitcher_Button',
      },
    };
    expect(xAdapter.activeAccount(load('feed.html'))).toEqual(expected);
    expect(xAdapter.activeAccount(load('feed.html'), { xReduxSession: { screen_name: 'no spaces allowed' } })).toEqual(
      expected,
    );
    expect(xAdapter.activeAccount(load('feed.fr.html'))).toEqual(expected);
  });

  it('reads the profile icon of the narrow layout', () => {
    const { account } = xAdapter.activeAccount(load('composer.mobile.html', 'https://mobile.x.com/compose/post'));
    expect(account).toMatchObject({ handle: 'acme', displayName: 'acme', source: 'dom:DashButton_ProfileIcon_Link' });
  });

  it('says what is missing when nothing names the account', () => {
    const doc = load('feed.html');
    const button = must(doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]'), 'account button');
    button.querySelector('[data-testid^="UserAvatar-Container-"]')?.remove();
    for (const span of button.querySelectorAll('span')) span.remove();
    expect(xAdapter.activeAccount(doc).reason).toMatch(/^x: account switcher button has no UserAvatar-Container-/);
    button.remove();
    expect(xAdapter.activeAccount(doc)).toEqual({ account: null, reason: 'x: account switcher button not found' });
  });
});

describe('x: posts', () => {
  it('reads every field of each tweet on the home timeline', () => {
    const posts = xAdapter.posts(load('feed.html'));
    expect(posts).toEqual([
      MARIE,
      {
        ...MARIE,
        id: '1860900000000000102',
        authorName: 'Acme',
        authorHandle: '@acme',
        authorUrl: 'https://x.com/acme',
        text: 'Our winter collection is here ❄️\n\nFree shipping until Sunday. https://acme.example/winter',
        permalink: 'https://x.com/acme/status/1860900000000000102',
        publishedAt: '2025-11-19T17:30:00.000Z',
      },
      {
        ...MARIE,
        id: '1861000000000000103',
        authorName: 'Léa Martin',
        authorHandle: '@lea_martin',
        authorUrl: 'https://x.com/lea_martin',
        text: 'Merci pour la réponse rapide, le remboursement est bien arrivé 🙏',
        permalink: 'https://x.com/lea_martin/status/1861000000000000103',
        publishedAt: '2025-11-20T07:02:10.000Z',
        kind: 'reply',
      },
      {
        ...MARIE,
        id: '1861000000000000104',
        authorName: 'Jonas Weber 🚲',
        authorHandle: '@jonasweber',
        authorUrl: 'https://x.com/jonasweber',
        text: 'Same thing happened to me last week, @acme please check your carrier.',
        permalink: 'https://x.com/jonasweber/status/1861000000000000104',
        publishedAt: '2025-11-20T06:45:00.000Z',
      },
    ]);
    expect(posts[0]?.element.getAttribute('data-testid')).toBe('tweet');
  });

  it('reads the French interface the same way', () => {
    const posts = xAdapter.posts(load('feed.fr.html'));
    expect(posts.map((post) => [post.id, post.authorHandle, post.kind])).toEqual([
      ['1861000000000000101', '@marie_dupont', 'post'],
      ['1860900000000000102', '@acme', 'post'],
      ['1861000000000000103', '@lea_martin', 'reply'],
    ]);
    expect(posts[0]).toEqual(MARIE);
  });

  it('chains a conversation around the focal tweet of a status page', () => {
    const posts = xAdapter.posts(load('post.html', STATUS));
    expect(posts[0]).toEqual(MARIE);
    expect(
      posts.slice(1).map(({ id, authorHandle, kind, inReplyTo }) => ({ id, authorHandle, kind, inReplyTo })),
    ).toEqual([
      { id: '1861000000000000201', authorHandle: '@acme', kind: 'reply', inReplyTo: MARIE.id },
      { id: '1861000000000000202', authorHandle: '@tombaker', kind: 'reply', inReplyTo: MARIE.id },
      { id: '1861000000000000203', authorHandle: '@lea_martin', kind: 'reply', inReplyTo: MARIE.id },
    ]);
    expect(posts[1]?.text).toBe(
      "Bonjour Marie, désolés pour ce colis 📦\nNous vous écrivons en message privé pour organiser l'échange.",
    );
  });

  it('tells mentions from replies by the "Replying to @x" link', () => {
    const posts = xAdapter.posts(load('notifications.html', 'https://x.com/notifications/mentions'));
    expect(posts.map(({ authorHandle, kind, text }) => ({ authorHandle, kind, text }))).toEqual([
      { authorHandle: '@tombaker', kind: 'reply', text: 'Hi @acme, is the Lyon store open on Sunday?' },
      { authorHandle: '@marie_dupont', kind: 'post', text: 'Je recommande @acme pour leur service client 💯' },
      { authorHandle: '@jonasweber', kind: 'reply', text: 'Thanks @acme, the replacement arrived today 🎉' },
    ]);
  });

  it('degrades field by field when parts of a tweet are missing', () => {
    const doc = load('feed.html');
    const [first, second] = doc.querySelectorAll('article[data-testid="tweet"]');
    first?.querySelector('[data-testid="tweetText"]')?.remove();
    first?.querySelector('[data-testid="User-Name"] a')?.remove(); // the display-name link
    second?.querySelector('time')?.remove();
    const posts = xAdapter.posts(doc);
    expect(posts[0]).toMatchObject({ id: MARIE.id, authorName: '', authorHandle: '@marie_dupont', text: '' });
    expect(posts.map((post) => post.id)).not.toContain('1860900000000000102');
  });
});

describe('x: composers and submit paths', () => {
  it('finds the home box as a new post with its inline button and the key path', () => {
    const doc = load('feed.fr.html');
    const [first, ...others] = xAdapter.composers(doc);
    const composer = must(first, 'composer');
    expect(others).toEqual([]);
    expect(composer).toMatchObject({ kind: 'post', editor: 'draftjs', answering: null });
    expect(composer.element.getAttribute('aria-label')).toBe('Texte du post');
    const [click, key] = xAdapter.submitPaths(composer);
    expect(click).toMatchObject({ kind: 'click', label: 'x: tweetButtonInline button' });
    expect(click?.kind === 'click' && click.element.getAttribute('data-fixture-submit')).toBe(
      fixtureId(composer.element),
    );
    expect(key).toEqual({
      kind: 'key',
      key: 'Enter',
      ctrlOrMeta: true,
      shift: false,
      target: composer.element,
      label: 'x: Ctrl/Cmd+Enter in the editor',
    });
  });

  it('answers the focal tweet from the reply box of a status page', () => {
    const [composer] = xAdapter.composers(load('post.html', STATUS));
    expect(composer).toMatchObject({ kind: 'reply', editor: 'draftjs', answering: MARIE });
  });

  it('keeps the home box and the /compose/post modal apart, each with its own button', () => {
    const composers = xAdapter.composers(load('composer.html', COMPOSE));
    expect(composers.map((c) => [fixtureId(c.element), c.kind, c.answering])).toEqual([
      ['x-home', 'post', null],
      ['x-modal', 'post', null],
    ]);
    for (const composer of composers) {
      const click = xAdapter.submitPaths(composer).find((path) => path.kind === 'click');
      expect(click?.kind === 'click' && click.element.getAttribute('data-fixture-submit')).toBe(
        fixtureId(composer.element),
      );
    }
  });

  it('answers the tweet shown in the reply dialog, found again on the page', () => {
    const doc = load('reply-modal.html', COMPOSE);
    const [composer] = xAdapter.composers(doc);
    expect(composer).toMatchObject({
      kind: 'reply',
      answering: { id: '1861000000000000301', authorHandle: '@tombaker' },
    });
    expect(composer?.answering?.permalink).toBe('https://x.com/tombaker/status/1861000000000000301');
    expect(xAdapter.submitPaths(must(composer, 'composer'))[0]).toMatchObject({
      kind: 'click',
      label: 'x: tweetButton button',
    });
    // The copy in the dialog has no status link: it is never listed as a post of its own.
    expect(xAdapter.posts(doc)).toHaveLength(2);
  });

  it('keeps what the dialog shows when the tweet is not on the page behind it', () => {
    const doc = load('reply-modal.html', COMPOSE);
    doc.querySelector('main [data-testid="tweet"]')?.remove();
    const [composer] = xAdapter.composers(doc);
    expect(composer?.answering).toMatchObject({
      id: '',
      authorName: 'Tom Baker',
      authorHandle: '@tombaker',
      text: 'Hi @acme, is the Lyon store open on Sunday?',
    });
  });

  it('finds the textarea of the narrow layout', () => {
    const [composer] = xAdapter.composers(load('composer.mobile.html', 'https://mobile.x.com/compose/post'));
    expect(composer).toMatchObject({ kind: 'post', editor: 'textarea' });
    expect(xAdapter.submitPaths(must(composer, 'composer')).map((path) => path.kind)).toEqual(['click', 'key']);
  });

  it('still offers the key path when the send button is gone', () => {
    const doc = load('feed.html');
    doc.querySelector('[data-testid="tweetButtonInline"]')?.remove();
    const [composer] = xAdapter.composers(doc);
    expect(xAdapter.submitPaths(must(composer, 'composer')).map((path) => path.kind)).toEqual(['key']);
  });
});

describe('x: isNetworkPage', () => {
  it('knows X by host or by its markup', () => {
    expect(xAdapter.isNetworkPage(load('notifications.html'))).toBe(true);
    expect(xAdapter.isNetworkPage(load('feed.html', 'https://localhost:4173/x/feed.html'))).toBe(true);
    expect(xAdapter.isNetworkPage(loadFixture('x', '../blank.html', 'https://example.com/'))).toBe(false);
  });
});
