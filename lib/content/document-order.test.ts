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

    // Removed by the site: gone at the next look, nothing kept.
    boxes[1]?.remove();
    order.add(box('unrelated-detached'));
    expect(order.indexOf(boxes[1] as HTMLElement)).toBe(-1);
    order.remove(boxes[4] as HTMLElement);
    expect(order.slice(0, order.size()).map((element) => element.id)).toEqual(['top', 'a', 'c', 'd']);
  });
});
