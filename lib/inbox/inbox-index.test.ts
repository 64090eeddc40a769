import { describe, expect, it } from 'vitest';
import { InboxIndex } from '@/lib/inbox/inbox-index';
import type { InboxItem } from '@/lib/inbox/item';
import { applyQuery, INBOX_SORTS, type InboxQuery, OPEN_STATUSES } from '@/lib/inbox/query';
import { makeItem } from '@/lib/inbox/test-items';

const AUTHORS = ['Zoé', 'adam', 'Émile', 'zoe', 'Adam', 'Łukasz', '李雷', ''];
const SENTIMENTS = [undefined, 'complaint', 'positive', 'question'] as const;

/** Items whose fields collide often (same times, same authors), so ties and orders are exercised. */
function varied(count: number, seed = 1): InboxItem[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  return Array.from({ length: count }, (_, index) =>
    makeItem(index, {
      authorName: AUTHORS[next(AUTHORS.length)] ?? '',
      capturedAt: 1_700_000_000_000 + next(50) * 60_000,
      sentiment: SENTIMENTS[next(SENTIMENTS.length)],
      assignee: next(3) === 0 ? 'Léa' : undefined,
      notes: next(4) === 0 ? 'Rappeler demain' : undefined,
    }),
  );
}

const QUERIES: InboxQuery[] = [
  {},
  { statuses: [...OPEN_STATUSES] },
  { network: 'x' },
  { search: 'livraison' },
  { search: 'LIVRAISON rappeler' },
  { search: 'emile' },
  { tag: 'urgent', statuses: ['new'] },
  { sentiment: 'complaint', assignee: 'Léa' },
  { assignee: '' },
  { from: 1_700_000_000_000 + 10 * 60_000, to: 1_700_000_000_000 + 30 * 60_000 },
  { network: 'linkedin', search: 'message 1' },
];

const reference = (items: readonly InboxItem[], query: InboxQuery) => applyQuery(items, query).map((item) => item.id);

describe('the background inbox index', () => {
  it('answers every filter, search and sort exactly as the in-memory reference', () => {
    const items = varied(600);
    const index = new InboxIndex(items);
    for (const query of QUERIES) {
      for (const sort of INBOX_SORTS) {
        expect(index.ids({ ...query, sort }), JSON.stringify({ ...query, sort })).toEqual(
          reference(items, { ...query, sort }),
        );
      }
    }
  });

  it('stays exact as items are added, changed and removed one by one', () => {
    const items = varied(300, 7);
    const index = new InboxIndex(items.slice(0, 150));
    const live = new Map(items.slice(0, 150).map((item) => [item.id, item]));
    for (const item of items.slice(150)) {
      index.upsert(item);
      live.set(item.id, item);
    }
    for (const item of items.slice(0, 60)) {
      const changed = { ...item, status: 'archived' as const, authorName: 'Bérénice', capturedAt: item.capturedAt + 1 };
      index.upsert(changed);
      live.set(item.id, changed);
    }
    for (const item of items.slice(60, 90)) {
      index.remove(item.id);
      live.delete(item.id);
    }
    index.remove('no such id');
    // A bulk change takes the merge path.
    const bulk = [...live.values()].slice(0, 100).map((item) => ({ ...item, status: 'answered' as const }));
    const bulkRemoved = [...live.keys()].slice(100, 130);
    index.apply(bulk, bulkRemoved);
    for (const item of bulk) live.set(item.id, item);
    for (const id of bulkRemoved) live.delete(id);
    expect(index.size).toBe(live.size);
    for (const query of QUERIES) {
      for (const sort of INBOX_SORTS) {
        expect(index.ids({ ...query, sort })).toEqual(reference([...live.values()], { ...query, sort }));
      }
    }
  });
});

describe('windows and the filter columns', () => {
  it('gives the count and any window of the full answer, highlighted authors first, past the columns’ first growth', () => {
    // More items than the columns' first size (1,024 slots), so they grow while the index is built and after.
    const items = varied(2_500, 13);
    const index = new InboxIndex(items.slice(0, 2_000));
    for (const item of items.slice(2_000)) index.upsert(item);
    const vip = items[8] as InboxItem;
    const highlighted = new Set([`${vip.network}:${vip.authorHandle.replace('@', '')}`]);
    const windows = [
      [0, 50],
      [0, 1],
      [37, 50],
      [1_000, 200],
      [2_450, 100],
      [5_000, 50],
    ] as const;
    for (const first of [new Set<string>(), highlighted]) {
      for (const query of QUERIES) {
        for (const sort of INBOX_SORTS) {
          const all = index.ids({ ...query, sort }, first);
          for (const [offset, limit] of windows) {
            expect(
              index.select({ ...query, sort }, first, offset, limit),
              JSON.stringify({ query, sort, offset }),
            ).toEqual({ total: all.length, ids: all.slice(offset, offset + limit) });
          }
        }
      }
    }
    expect(index.ids({ sort: 'oldest' })).toEqual(reference(items, { sort: 'oldest' }));
  });

  it('finds nothing for a network, sentiment or assignee no item has, and the unassigned items for the empty assignee', () => {
    const items = varied(200, 3).map((item) =>
      item.network === 'x' ? { ...item, network: 'linkedin' as const } : item,
    );
    const index = new InboxIndex(items);
    expect(index.select({ network: 'x' })).toEqual({ total: 0, ids: [] });
    expect(index.select({ assignee: 'Personne' })).toEqual({ total: 0, ids: [] });
    expect(index.select({ sentiment: 'negative' })).toEqual({ total: 0, ids: [] });
    for (const sort of INBOX_SORTS) {
      expect(index.ids({ assignee: '', sort })).toEqual(reference(items, { assignee: '', sort }));
      expect(index.ids({ assignee: 'Léa', statuses: ['new', 'archived'], sort })).toEqual(
        reference(items, { assignee: 'Léa', statuses: ['new', 'archived'], sort }),
      );
    }
    // A value first seen after the build gets its code then.
    const moved = {
      ...(items[0] as InboxItem),
      network: 'x' as const,
      assignee: 'Personne',
      sentiment: 'negative' as const,
    };
    index.upsert(moved);
    expect(index.ids({ network: 'x', assignee: 'Personne', sentiment: 'negative' })).toEqual([moved.id]);
  });
});

describe('highlighted people rank first', () => {
  it('puts the highlighted authors’ items first, each part in the query’s order', () => {
    const items = varied(300, 7);
    const index = new InboxIndex(items);
    // makeItem's handles: @author<n % 97>, on the network of n % 9.
    const vip = items[5] as InboxItem;
    const first = new Set([`${vip.network}:${vip.authorHandle.replace('@', '')}`]);
    for (const sort of INBOX_SORTS) {
      const query: InboxQuery = { sort, statuses: [...OPEN_STATUSES] };
      const expected = applyQuery(items, query);
      const isVip = (item: InboxItem) => item.network === vip.network && item.authorHandle === vip.authorHandle;
      const ranked = [...expected.filter(isVip), ...expected.filter((item) => !isVip(item))].map((item) => item.id);
      expect(ranked.slice(0, 1)).not.toEqual(expected.slice(0, 1).map((item) => item.id));
      expect(index.ids(query, first)).toEqual(ranked);
    }
    expect(index.ids({}, new Set())).toEqual(applyQuery(items, {}).map((item) => item.id));
  });
});

describe('the search corpus (property: always the plain filter’s answer)', () => {
  // Words made of shared syllables, so a piece of a word is often in several words (their rows united).
  const SYLLABLES = ['ré', 'pon', 'se', 'li', 'vrai', 'son', 'co', 'lis', 'Ta', 'rif', '’', '-', 'x'];
  const WORDS = [
    'livraison',
    'l’avion',
    "aujourd'hui",
    'prix-cassés',
    'Réponse',
    ...Array.from({ length: 120 }, (_, n) =>
      [n % 13, (n * 5 + 3) % 13, n % 3 === 0 ? (n * 7 + 1) % 13 : -1]
        .filter((at) => at >= 0)
        .map((at) => SYLLABLES[at])
        .join(''),
    ),
  ];

  /** A seeded generator, so a failure replays (the high bits: an LCG's low bits repeat quickly). */
  function random(seed: number) {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor(state / 65_536) % n;
    };
    const pick = <T>(values: readonly T[]): T => values[next(values.length)] as T;
    return { next, pick };
  }

  function items(count: number, seed: number): InboxItem[] {
    const { next, pick } = random(seed);
    return Array.from({ length: count }, (_, index) =>
      makeItem(index, {
        text: Array.from({ length: 1 + next(6) }, () => pick(WORDS)).join(pick([' ', '  ', '\n', ', '])),
        authorName: pick(AUTHORS),
        capturedAt: 1_700_000_000_000 + next(40) * 60_000,
        sentiment: pick(SENTIMENTS),
        notes: next(5) === 0 ? pick(WORDS) : undefined,
      }),
    );
  }

  /** Whole words, pieces of words (prefix, middle, suffix), across punctuation, absent ones. */
  function query(seed: number): InboxQuery {
    const { next, pick } = random(seed);
    const piece = () => {
      const word = pick(WORDS);
      const start = next(Math.max(1, word.length - 3));
      return word.slice(start, start + 3 + next(word.length - start));
    };
    const terms = Array.from({ length: 1 + next(2) }, () => pick([piece, piece, () => pick(WORDS), () => 'absent']));
    return {
      search: terms.map((term) => term()).join(' '),
      ...(next(3) === 0 ? { statuses: [...OPEN_STATUSES] } : {}),
      ...(next(4) === 0 ? { network: 'x' as const } : {}),
      sort: pick(INBOX_SORTS),
    };
  }

  it('answers random searches, sorts and filters exactly as the plain filter, the corpus built before the first search or by it', () => {
    const all = items(800, 3);
    const unprepared = new InboxIndex(all);
    const indexed = new InboxIndex(all);
    indexed.prepareSearch();
    for (let seed = 1; seed <= 150; seed++) {
      const asked = query(seed);
      const expected = reference(all, asked);
      expect(indexed.ids(asked), JSON.stringify(asked)).toEqual(expected);
      expect(unprepared.ids(asked), JSON.stringify(asked)).toEqual(expected);
    }
  });

  it('stays exact while items change, are removed and come in bulk, and after the corpus is rebuilt', () => {
    const all = items(700, 11);
    const index = new InboxIndex(all.slice(0, 400));
    const live = new Map(all.slice(0, 400).map((item) => [item.id, item]));
    index.prepareSearch();
    const { next } = random(5);
    const fresh = items(300, 12).map((item, at) => ({ ...item, id: `new-${at}` }));
    for (let step = 0; step < 300; step++) {
      const ids = [...live.keys()];
      const kind = next(4);
      if (kind === 0) {
        const item = fresh[step] as InboxItem;
        index.upsert(item);
        live.set(item.id, item);
      } else if (kind === 1) {
        const id = ids[next(ids.length)] as string;
        const changed = { ...(live.get(id) as InboxItem), text: (all[next(all.length)] as InboxItem).text };
        index.upsert(changed);
        live.set(id, changed);
      } else if (kind === 2) {
        const id = ids[next(ids.length)] as string;
        index.remove(id);
        live.delete(id);
      } else {
        index.prepareSearch();
      }
      if (step % 2 === 0) {
        const asked = query(step + 1);
        expect(index.ids(asked), JSON.stringify(asked)).toEqual(reference([...live.values()], asked));
      }
    }
    index.prepareSearch();
    // A bulk change (the merge path) re-texts 200 items and removes 50.
    const ids = [...live.keys()];
    const bulk = ids
      .slice(0, 200)
      .map((id, at) => ({ ...(live.get(id) as InboxItem), text: (all[at] as InboxItem).text }));
    const removed = ids.slice(200, 250);
    index.apply(bulk, removed);
    for (const item of bulk) live.set(item.id, item);
    for (const id of removed) live.delete(id);
    index.prepareSearch();
    for (let seed = 500; seed < 600; seed++) {
      const asked = query(seed);
      expect(index.ids(asked), JSON.stringify(asked)).toEqual(reference([...live.values()], asked));
    }
    // A bulk triage that keeps the text (the rows' folded text and words are kept, only some move).
    const triaged = [...live.values()]
      .slice(100, 300)
      .map((item, at) => ({ ...item, status: at % 3 === 0 ? ('archived' as const) : item.status, assignee: 'Léa' }));
    index.apply(triaged, [], true);
    for (const item of triaged) live.set(item.id, item);
    for (let seed = 600; seed < 700; seed++) {
      const asked = { ...query(seed), ...(seed % 2 === 0 ? { assignee: 'Léa' } : {}) };
      expect(index.ids(asked), JSON.stringify(asked)).toEqual(reference([...live.values()], asked));
      expect(index.ids({ sort: asked.sort, statuses: ['archived'] })).toEqual(
        reference([...live.values()], { sort: asked.sort, statuses: ['archived'] }),
      );
    }
  });
});
