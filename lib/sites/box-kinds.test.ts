// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guardChannel, isPublicBox, isTypingBox, takesTemplates, unclaimedBoxKind } from '@/lib/sites/box-kinds';

describe('box kinds', () => {
  it('templates in every writing box, direct messages included; never in search or other boxes', () => {
    expect((['post', 'reply', 'comment', 'message'] as const).every(takesTemplates)).toBe(true);
    expect(takesTemplates('search')).toBe(false);
    expect(takesTemplates('other')).toBe(false);
  });

  it('the guard applies its DM rule to direct messages, its public rule to posts, nothing to search boxes', () => {
    expect(guardChannel('message')).toBe('direct-message');
    expect(guardChannel('comment')).toBe('public');
    expect(guardChannel('post')).toBe('public');
    expect(guardChannel('search')).toBeNull();
    expect(guardChannel('other')).toBeNull();
  });

  it('a direct message is never a public box', () => {
    expect(isPublicBox('message')).toBe(false);
    expect(isPublicBox('reply')).toBe(true);
  });

  it('tells a search field from another unknown box by roles and types, in any language', () => {
    document.body.innerHTML = `
      <input id="a" type="search" aria-label="Rechercher">
      <input id="b" role="combobox" aria-label="Поиск">
      <div role="search"><input id="c" type="text"></div>
      <div id="d" contenteditable="true" role="textbox" aria-label="اكتب"></div>
      <input id="e" type="checkbox">`;
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    expect(['a', 'b', 'c', 'd'].map((id) => unclaimedBoxKind(byId(id)))).toEqual([
      'search',
      'search',
      'search',
      'other',
    ]);
    expect(['a', 'c', 'd', 'e'].map((id) => isTypingBox(byId(id)))).toEqual([true, true, true, false]);
  });
});
