// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentOrder } from '@/lib/content/document-order';

const box = (id: string) => Object.assign(document.createElement('div'), { id });

describe('DocumentOrder', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps elements in document order whatever order they are added in, and forgets removed ones', () => {
    const feed = document.createElement('main');
    document.body.append(feed);
    const boxes = ['a', 'b', 'c', 'd', 'e'].map(box);
    feed.append(...boxes);
    const order = new DocumentOrder();
    for (const index of [2, 4, 0, 3, 1]) order.add(boxes[index] as HTMLElement);
    expect(order.slice(0, 5).map((element) => element.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(order.indexOf(boxes[3] as HTMLElement)).toBe(3);

    // A post the site inserts at the top lands first.
    const top = box('top');
    feed.prepend(top);
    order.add(top);
    expect(order.indexOf(top)).toBe(0);
    expect(order.indexOf(boxes[0] as HTMLElement)).toBe(1);

    // Removed by the site: gone at the next look after an insertion, nothing kept.
    boxes[1]?.remove();
    const between = box('between');
    boxes[2]?.before(between);
    order.add(between);
    expect(order.indexOf(boxes[1] as HTMLElement)).toBe(-1);
    order.remove(boxes[4] as HTMLElement);
    expect(order.slice(0, order.size()).map((element) => element.id)).toEqual(['top', 'a', 'between', 'c', 'd']);
  });

  it('appends a growing feed in order, and lets go of what the site removed as it grows', () => {
    const feed = document.createElement('main');
    // A chat box after the feed, seen first: every post goes before it.
    const chat = box('chat');
    document.body.append(feed, chat);
    const order = new DocumentOrder();
    order.add(chat);
    const posts: HTMLElement[] = [];
    for (let index = 0; index < 200; index += 1) {
      const post = box(`p${index}`);
      feed.append(post);
      posts.push(post);
      order.add(post);
      expect(order.indexOf(post)).toBe(index);
      expect(order.indexOf(chat)).toBe(index + 1);
    }
    // A virtualised feed drops what scrolled far above; the next posts arrive at the end.
    for (const post of posts.slice(0, 100)) post.remove();
    for (let index = 200; index < 300; index += 1) {
      const post = box(`p${index}`);
      feed.append(post);
      order.add(post);
    }
    expect(order.indexOf(posts[0] as HTMLElement)).toBe(-1);
    expect(order.size()).toBe(201);
    expect(order.slice(0, 1)[0]?.id).toBe('p100');
    expect(order.indexOf(posts[150] as HTMLElement)).toBe(50);
    expect(order.indexOf(chat)).toBe(200);
    // The chat box and the last post removed too: the next one still lands in order.
    chat.remove();
    feed.lastElementChild?.remove();
    const next = box('p300');
    feed.append(next);
    order.add(next);
    expect(order.slice(order.size() - 2, order.size()).map((element) => element.id)).toEqual(['p298', 'p300']);
  });
});
