import { describe, expect, it } from 'vitest';
import { cell, watchCells } from '@/lib/content/ui/cell';

describe('cells', () => {
  it('tell their watchers of a new value only, and stop telling once stopped', () => {
    const theme = cell('light');
    const seen: string[] = [];
    const stop = watchCells([theme], () => seen.push(theme.get()));
    theme.set('light');
    theme.set('dark');
    stop();
    theme.set('auto');
    expect(seen).toEqual(['light', 'dark']);
    expect(theme.get()).toBe('auto');
  });

  it('run a watcher of several cells after a change of any of them', () => {
    const loaded = cell(false);
    const accounts = cell<string[]>([]);
    let runs = 0;
    watchCells([loaded, accounts], () => {
      runs += 1;
    });
    loaded.set(true);
    accounts.set(['@acme']);
    expect(runs).toBe(3);
  });
});
