// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '@/lib/sites/mastodon';
import { loadFixture } from '@/tests/unit/load-fixture';

const HOME = 'https://mastodon.example/home';
const STATUS = 'https://mastodon.example/@marie@piaille.example/113512345678900101';
const load = (file: string, url = HOME) => loadFixture('mastodon', file, url);
/** The value, or a failed test saying what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`fixture: ${what} not found`);
  return value;
}
const initialState = (doc: Document) => must(doc.querySelector('script#initial-state'), 'script#initial-state');

const MARIE = {
  network: 'mastodon',
  id: '113512345678900101',
  authorName: 'Marie Dupont',
  authorHandle: '@marie@piaille.example',
  authorUrl: 'https://mastodon.example/@marie@piaille.example',
  text: "Bonjour @acme ! Ma commande n°4521 est arrivée abîmée 😢\n\nPouvez-vous m'aider ? Détails ici : https://photos.example.fr/colis-4521",
  permalink: 'https://mastodon.example/@marie@piaille.example/113512345678900101',
  publishedAt: '2025-11-20T08:15:00.000Z',
  kind: 'post',
  element: expect.any(HTMLElement),
};

describe('mastodon: activeAccount', () => {
  it('reads accounts[meta.me] of the initial state, never the access token', () => {
    const lookup = mastodonAdapter.activeAccount(load('feed.html'));
    expect(lookup).toEqual({
      account: {
        handle: 'acme@mastodon.example',
        displayName: 'Acme',
        avatarUrl: 'https://mastodon.example/system/cache/accounts/avatars/109/000/original/acme.png',
        id: '109000000000000001',
        source: 'page:initial-state',
      },
    });
    expect(JSON.stringify(lookup)).not.toContain('fixture-token');
    expect(mastodonAdapter.pageStateKeys).toEqual([]);
  });

  it('gives a precise reason for each way the state can be missing', () => {
    const doc = load('feed.html');
    const script = initialState(doc);
    const original = script.textContent ?? '';
    script.textContent = original.replace('"me":"109000000000000001"', '"me":null');
    expect(mastodonAdapter.activeAccount(doc).reason).toBe('mastodon: initial-state has no meta.me (signed out)');
    script.textContent = original.replace('"accounts":{"109000000000000001"', '"accounts":{"1"');
    expect(mastodonAdapter.activeAccount(doc).reason).toBe(
      'mastodon: initial-state has no accounts[109000000000000001] with an acct',
    );
    script.textContent = '{"meta":';
    expect(mastodonAdapter.activeAccount(doc).reason).toBe('mastodon: initial-state is not valid JSON');
    script.remove();
    expect(mastodonAdapter.activeAccount(doc)).toEqual({
      account: null,
      reason: 'mastodon: script#initial-state not found',
    });
  });
});

describe('mastodon: posts', () => {
  it('reads every field of each status of the home timeline', () => {
    expect(mastodonAdapter.posts(load('feed.html'))).toEqual([
      MARIE,
      {
        ...MARIE,
        id: '113509876543200102',
        authorName: 'Acme',
        authorHandle: '@acme',
        authorUrl: 'https://mastodon.example/@acme',
        text: 'Our winter collection is here ❄️\n\nFree shipping until Sunday: https://acme.example/winter #soldes',
        permalink: 'https://mastodon.example/@acme/113509876543200102',
        publishedAt: '2025-11-19T17:30:00.000Z',
      },
      {
        ...MARIE,
        id: '113512345678900103',
        authorName: 'Léa Martin',
        authorHandle: '@lea@framapiaf.example',
        authorUrl: 'https://mastodon.example/@lea@framapiaf.example',
        text: '@acme Merci pour la réponse rapide, le remboursement est bien arrivé 🙏',
        permalink: 'https://mastodon.example/@lea@framapiaf.example/113512345678900103',
        publishedAt: '2025-11-20T07:02:10.000Z',
        kind: 'reply',
      },
      {
        ...MARIE,
        id: '113512345678900104',
        authorName: 'Tom Baker',
        authorHandle: '@tombaker',
        authorUrl: 'https://mastodon.example/@tombaker',
        text: "Can't wait for the sale :acme_heart:\nMarking my calendar!",
        permalink: 'https://mastodon.example/@tombaker/113512345678900104',
        publishedAt: '2025-11-20T06:45:00.000Z',
      },
    ]);
  });

  it('reads the focal status of a thread page and chains its replies to it', () => {
    const posts = mastodonAdapter.posts(load('post.html', STATUS));
    // The focal status shows only a localized date: no absolute time to report.
    expect(posts[0]).toEqual({ ...MARIE, publishedAt: undefined });
    expect(
      posts.slice(1).map(({ id, authorHandle, kind, inReplyTo }) => ({ id, authorHandle, kind, inReplyTo })),
    ).toEqual([
      { id: '113512345678900201', authorHandle: '@acme', kind: 'reply', inReplyTo: MARIE.id },
      { id: '113512345678900202', authorHandle: '@tombaker', kind: 'reply', inReplyTo: MARIE.id },
    ]);
    expect(posts[1]?.text).toBe(
      "@marie Bonjour Marie, désolés pour ce colis 📦\nNous vous écrivons en message privé pour organiser l'échange.",
    );
  });

  it('lists mentions of the notifications page, not favourite groups', () => {
    const posts = mastodonAdapter.posts(load('notifications.html', 'https://mastodon.example/notifications'));
    expect(posts.map(({ authorHandle, kind, text }) => ({ authorHandle, kind, text }))).toEqual([
      { authorHandle: '@tombaker', kind: 'reply', text: '@acme Hi, is the Lyon store open on Sunday?' },
      { authorHandle: '@lea@framapiaf.example', kind: 'post', text: 'Je recommande @acme pour leur service client 💯' },
    ]);
  });

  it('degrades field by field when parts of a status are missing', () => {
    const doc = load('feed.html');
    const [first, second] = doc.querySelectorAll<HTMLElement>('.status[data-id]');
    first?.querySelector('.status__content')?.remove();
    first?.querySelector('.status__display-name')?.remove();
    second?.querySelector('time')?.remove();
    const posts = mastodonAdapter.posts(doc);
    expect(posts[0]).toMatchObject({ id: MARIE.id, authorName: '', authorHandle: '', authorUrl: '', text: '' });
    expect(posts[1]).toMatchObject({ id: '113509876543200102', publishedAt: undefined, authorHandle: '@acme' });
  });
});

describe('mastodon: composers and submit paths', () => {
  it('finds the compose form textarea with its button, the form and the key path', () => {
    const [first, ...others] = mastodonAdapter.composers(load('composer.html', 'https://mastodon.example/publish'));
    const composer = must(first, 'composer');
    expect(others).toEqual([]);
    expect(composer).toMatchObject({ kind: 'post', editor: 'textarea', answering: null });
    const [click, form, key] = mastodonAdapter.submitPaths(composer);
    expect(click?.kind === 'click' && click.element.getAttribute('data-fixture-submit')).toBe('masto-new');
    expect(form).toMatchObject({ kind: 'form', label: 'mastodon: compose form submit' });
    expect(form?.kind === 'form' && form.form.className).toBe('compose-form');
    expect(key).toEqual({
      kind: 'key',
      key: 'Enter',
      ctrlOrMeta: true,
      shift: false,
      target: composer.element,
      label: 'mastodon: Ctrl/Cmd+Enter in the textarea',
    });
  });

  it('answers the status shown in the reply indicator, found again on the page (French UI)', () => {
    const [composer] = mastodonAdapter.composers(load('post.html', STATUS));
    expect(composer).toMatchObject({
      kind: 'reply',
      editor: 'textarea',
      answering: { ...MARIE, publishedAt: undefined },
    });
    expect(mastodonAdapter.submitPaths(must(composer, 'composer')).map((path) => path.kind)).toEqual([
      'click',
      'form',
      'key',
    ]);
  });

  it('keeps what the indicator shows when the status is not on the page', () => {
    const doc = load('post.html', STATUS);
    doc.querySelector('.detailed-status__wrapper')?.remove();
    const [composer] = mastodonAdapter.composers(doc);
    expect(composer?.answering).toMatchObject({
      id: '',
      authorName: 'Marie Dupont',
      authorHandle: '@marie@piaille.example',
      authorUrl: MARIE.authorUrl,
      text: MARIE.text,
      permalink: '',
    });
  });

  it('falls back to the form and the keys when the button is gone (older or forked markup)', () => {
    const doc = load('feed.html');
    doc.querySelector('.compose-form__submit')?.remove();
    const [composer] = mastodonAdapter.composers(doc);
    expect(mastodonAdapter.submitPaths(must(composer, 'composer')).map((path) => path.kind)).toEqual(['form', 'key']);
  });
});

describe('mastodon: isNetworkPage', () => {
  it('knows any instance by its initial state or app root', () => {
    expect(mastodonAdapter.isNetworkPage(load('feed.html', 'https://piaille.example/home'))).toBe(true);
    const doc = load('feed.html');
    initialState(doc).remove();
    expect(mastodonAdapter.isNetworkPage(doc)).toBe(true);
    doc.getElementById('mastodon')?.remove();
    expect(mastodonAdapter.isNetworkPage(doc)).toBe(false);
  });
});
