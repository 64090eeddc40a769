// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { docAt } from '@/lib/sites/shared/test-doc';
import { hostOf, hrefOf, pageUrl, resolveUrl } from '@/lib/sites/shared/urls';

describe('urls', () => {
  const doc = docAt('<a id="rel" href="/@marie">m</a><a id="bad" href="http://[::1">x</a><a id="none">n</a>');
  const el = (id: string) => doc.getElementById(id);

  it('resolves against the base URI, as the browser would', () => {
    expect(hrefOf(el('rel'))).toBe('https://social.example/@marie');
    expect(resolveUrl('post/1', doc)).toBe('https://social.example/post/1');
    expect(hrefOf(doc.body, 'data-missing')).toBeUndefined();
  });

  it('gives undefined for missing, empty or malformed addresses', () => {
    expect(hrefOf(el('bad'))).toBeUndefined();
    expect(hrefOf(el('none'))).toBeUndefined();
    expect(hrefOf(null)).toBeUndefined();
    expect(resolveUrl('', doc)).toBeUndefined();
  });

  it('reads the page address and host', () => {
    expect(pageUrl(el('rel') as Element)?.pathname).toBe('/feed');
    expect(hostOf(doc)).toBe('social.example');
  });
});
