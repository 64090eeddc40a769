import { describe, expect, it } from 'vitest';
import { ideaFromMenu } from '@/lib/background/idea-menu';

describe('the context menu’s "Save as idea"', () => {
  it('keeps the selection, the link right-clicked (else the page) and the page title', () => {
    expect(
      ideaFromMenu(
        { selectionText: '  Une étude à citer  ', pageUrl: 'https://blog.example/etude', linkUrl: undefined },
        { title: 'Étude 2026' },
      ),
    ).toEqual({
      url: 'https://blog.example/etude',
      quote: 'Une étude à citer',
      author: '',
      authorUrl: '',
      pageTitle: 'Étude 2026',
    });
  });

  it('names the network when the page or link is on one', () => {
    expect(
      ideaFromMenu({ pageUrl: 'https://example.org/', linkUrl: 'https://x.com/marie/status/1' }, undefined),
    ).toMatchObject({
      url: 'https://x.com/marie/status/1',
      network: 'x',
    });
  });

  it('never keeps an address that is not a web page', () => {
    expect(ideaFromMenu({ pageUrl: 'chrome://newtab/', selectionText: 'mot' }, undefined)).toMatchObject({
      url: '',
      quote: 'mot',
    });
  });
});
