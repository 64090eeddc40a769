// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { docAt } from '@/lib/sites/shared/test-doc';
import { collapsedText, firstTextLine, inlineText, preWrapText, textOf } from '@/lib/sites/shared/text';

const body = (html: string) => docAt(html).body;

describe('collapsedText (white-space: normal sites)', () => {
  it('turns blocks and <br> into lines, collapses source whitespace, keeps emoji alt', () => {
    const el = body(
      '\n  <div>Hello\n   world <img alt="🎉"></div>\n  <p>Line one<br>Line two</p><div><div></div></div><p>End</p>',
    );
    expect(collapsedText(el)).toBe('Hello world 🎉\nLine one\nLine two\nEnd');
  });

  it('leaves out buttons and what matches skip', () => {
    const el = body('<span>Text</span><button>See more</button><span class="x">hidden</span>');
    expect(collapsedText(el, '.x')).toBe('Text');
  });
});

describe('preWrapText (pre-wrap sites)', () => {
  it('keeps literal newlines, separates paragraphs by a blank line, drops indentation', () => {
    const el = body('\n  <p>One\ntwo <img alt="😀"></p>\n  <p>Three</p>\n');
    expect(preWrapText(el)).toBe('One\ntwo 😀\n\nThree');
    expect(preWrapText(null)).toBe('');
  });
});

describe('inlineText (X, Bluesky, Mastodon)', () => {
  it('keeps text runs and turns <br> and emoji into text', () => {
    expect(inlineText(body('Hi<br>there <img alt="👋"><script>x</script>'))).toBe('Hi\nthere 👋');
    expect(inlineText(undefined)).toBe('');
  });

  it('separates paragraphs when asked', () => {
    expect(inlineText(body('<p>One</p><p>Two</p>'), { paragraphs: true })).toBe('One\n\nTwo');
    expect(inlineText(body('<p>One</p><p>Two</p>'))).toBe('OneTwo');
  });

  it('lets a network replace what a link shows', () => {
    const el = body('See <a href="https://acme.example/long">acme.example/lo...</a>');
    expect(inlineText(el, { link: (a) => a.getAttribute('href') })).toBe('See https://acme.example/long');
  });
});

describe('textOf / firstTextLine', () => {
  it('folds whitespace and finds the first text', () => {
    const el = body('<a>\n  <span> Marie  Dupont </span><span>Head</span></a>');
    expect(textOf(el)).toBe('Marie Dupont Head');
    expect(textOf(null)).toBe('');
    expect(firstTextLine(el)).toBe('Marie Dupont');
  });
});
