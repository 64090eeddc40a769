import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { HEAVY_FOR_TESTS, quickXLength } from '@/lib/text/x-quick-length';

const weighted = (text: string) => twitter.parseTweet(text).weightedLength;

/** Pieces that make links, emoji and heavy characters, mixed at random with plain text. */
const PIECES = [
  'a',
  'Z',
  'é',
  'ß',
  'Ω',
  'р',
  'ф',
  ' ',
  '  ',
  '\n',
  '.',
  '. ',
  '.com',
  '.fr',
  'example',
  'merci',
  'http://',
  'https://',
  't.co/abc',
  'www',
  ':',
  '/',
  '#',
  '*',
  '1',
  '©',
  '®',
  '\uFE0F',
  '\u20E3',
  '\u200D',
  '—',
  '’',
  '…',
  '‼',
  '日本',
  '😀',
  '👍🏽',
  '🏳️‍🌈',
  'localhost',
  '@marie',
  '$ACME',
  '#merci',
  '!',
  '?',
  ')',
  '"',
  '»',
  '-',
  '_',
  'e\u0301',
  'ü',
  'xn--',
  'рф',
  '‹',
  '™',
  '€',
  '10 €',
  '‰',
  '한국',
  'カタカナ',
  '中国',
  '〰',
  '㊗',
];

function randomText(random: () => number): string {
  const length = 1 + Math.floor(random() * 14);
  let text = '';
  for (let index = 0; index < length; index++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text.normalize('NFC');
}

/** A small seeded generator: the same texts on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('quickXLength', () => {
  it("equals twitter-text's weighted length on every text it answers (20,000 random texts)", () => {
    const random = seeded(14);
    let answered = 0;
    for (let index = 0; index < 20_000; index++) {
      const text = randomText(random);
      const quick = quickXLength(text);
      if (quick === null) continue;
      answered++;
      expect(quick, JSON.stringify(text)).toBe(weighted(text));
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it('answers the usual reply: Latin letters, accents, dashes, quotes, sentences', () => {
    const reply = 'Bonjour Marie, merci pour votre message — nous revenons vers vous. « À bientôt ! » L’équipe Acme';
    expect(quickXLength(reply)).toBe(weighted(reply));
    expect(quickXLength('Merci… 10 € de remise.')).toBe(weighted('Merci… 10 € de remise.'));
    expect(quickXLength('日本語のテキスト')).toBe(weighted('日本語のテキスト'));
  });

  it('counts as heavy only characters that make no emoji, alone, before FE0F or joined', () => {
    for (let code = 0; code < 0xd800; code++) {
      const char = String.fromCharCode(code);
      if (!HEAVY_FOR_TESTS.test(char)) continue;
      // An emoji of two or three units would weigh 2 in all.
      expect(weighted(char), char).toBe(2);
      expect(weighted(`${char}\uFE0F`), char).toBe(4);
      expect(weighted(`${char}\u200D${char}`), char).toBe(5);
    }
  });

  it('leaves links and emoji to twitter-text', () => {
    for (const text of [
      'see example.com',
      'https://t.co/x',
      'merci 😀',
      '日本 ㊗',
      '1\uFE0F\u20E3',
      '©\uFE0F',
      'a.b',
    ]) {
      expect(quickXLength(text), text).toBeNull();
    }
  });

  it('knows that a dot not followed by a name makes no link', () => {
    for (const text of ['http://localhost. ok', 'fin.', 'a. b', 'x.)', 'http://x']) {
      expect(quickXLength(text), text).toBe(weighted(text));
    }
  });
});
