// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  anyOf,
  closestAny,
  closestDeep,
  matchesAny,
  ownQueryAll,
  ownQueryFirst,
  queryAll,
  queryFirst,
  querySelectorAllDeep,
  scopedAll,
  scopedFirst,
} from '@/lib/sites/shared/query';
import { docAt } from '@/lib/sites/shared/test-doc';

const ids = (elements: readonly Element[]) => elements.map((el) => el.id);

describe('queryAll / queryFirst', () => {
  const doc = docAt('<p id="a" class="x"></p><div id="b" class="y x"></div><span id="c" class="y"></span>');

  it('merges alternatives once each, in document order', () => {
    expect(ids(queryAll(doc, ['.y', '.x']))).toEqual(['a', 'b', 'c']);
    expect(queryFirst(doc, ['.y', '#a'])?.id).toBe('a');
  });

  it('never throws: an unparsable alternative only loses its own matches', () => {
    expect(ids(queryAll(doc, ['p:unknown-pseudo(', '.y']))).toEqual(['b', 'c']);
    expect(queryAll(doc, '][')).toEqual([]);
    expect(queryFirst(doc, '#missing')).toBeNull();
  });
});

describe('matchesAny / closestAny / anyOf', () => {
  const doc = docAt('<section id="s" class="card"><div id="d"><b id="b"></b></div></section>');
  const b = doc.getElementById('b') as HTMLElement;

  it('matches any alternative and skips invalid ones', () => {
    expect(matchesAny(b, ['][', 'b'])).toBe(true);
    expect(matchesAny(b, '.card')).toBe(false);
  });

  it('finds the nearest inclusive ancestor', () => {
    expect(closestAny(b, ['.card', '#d'])?.id).toBe('d');
    expect(closestAny(b, 'b')?.id).toBe('b');
    expect(closestAny(b, '.none')).toBeNull();
  });

  it('joins alternatives into one selector list', () => {
    expect(anyOf(['a', 'b'])).toBe('a, b');
    expect(anyOf('a')).toBe('a');
  });
});

describe('ownQueryAll / scopedAll', () => {
  const doc = docAt(
    '<div id="c1" class="comment"><p id="t1" class="text"></p>' +
      '<div id="c2" class="comment"><p id="t2" class="text"></p></div></div>',
  );
  const outer = doc.getElementById('c1') as HTMLElement;

  it('leaves out matches that belong to a nested boundary', () => {
    expect(ids(ownQueryAll(outer, '.text', '.comment'))).toEqual(['t1']);
    expect(ownQueryFirst(outer, '.text', '.comment')?.id).toBe('t1');
  });

  it('scopedAll keeps only matches whose nearest owner is the container', () => {
    expect(ids(scopedAll(outer, '.text', '.comment'))).toEqual(['t1']);
    // A match that is itself an owner is its own owner, so it is left out.
    expect(ids(scopedAll(outer, '.comment', '.comment'))).toEqual([]);
    expect(scopedFirst(outer, '.missing', '.comment')).toBeNull();
    expect(scopedAll(outer, '][', '.comment')).toEqual([]);
  });
});

describe('shadow-piercing queries', () => {
  const doc = docAt('<div id="host"></div><p class="hit" id="light"></p>');
  const host = doc.getElementById('host') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = doc.createElement('p');
  inner.className = 'hit';
  inner.id = 'inner';
  const wrapper = doc.createElement('form');
  wrapper.appendChild(inner);
  shadow.appendChild(wrapper);

  it('finds light DOM matches first, then matches in open shadow roots', () => {
    expect(ids(querySelectorAllDeep(doc, '.hit'))).toEqual(['light', 'inner']);
    // Root's own shadow root is searched too.
    expect(ids(querySelectorAllDeep(host, '.hit'))).toEqual(['inner']);
  });

  it('walks up through shadow hosts', () => {
    expect(closestDeep(inner, 'form')).toBe(wrapper);
    expect(closestDeep(inner, '#host')).toBe(host);
    expect(closestDeep(inner, 'article')).toBeNull();
  });
});

describe('closestAny with :has()', () => {
  it('finds the same ancestor as closest, trying :has() only where the rest of the selector matches', () => {
    document.body.innerHTML = `
      <main componentkey="feed"><div data-mount><div data-contents>
        <div id="post"><a data-view="actor"></a><p><span id="inside">text</span></p></div>
      </div></div></main>
      <ul><li role="listitem" id="item"><a data-view="actor"></a><b id="deep">x</b></li></ul>
      <section id="plain"><i id="bare">y</i></section>`;
    const selector = [
      '[componentkey="feed"] > div[data-mount] > div[data-contents] > div:has(a[data-view="actor"])',
      '[role="listitem"]:has(a[data-view="actor"]):not(:has(form))',
    ];
    const at = (id: string) => document.getElementById(id) as HTMLElement;
    expect(closestAny(at('inside'), selector)?.id).toBe('post');
    expect(closestAny(at('deep'), selector)?.id).toBe('item');
    expect(closestAny(at('bare'), selector)).toBeNull();
    for (const id of ['inside', 'deep', 'bare']) {
      expect(closestAny(at(id), selector)).toBe(at(id).closest(selector.join(', ')));
    }
  });
});
