// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PickerView, type PickerViewProps } from '@/lib/content/features/templates/picker';
import type { Template } from '@/lib/templates/model';
import type { RenderResult } from '@/lib/templates/variables';
import type { LengthCheck } from '@/lib/text/length-rules';

const make = (index: number): Template => ({
  id: `t${index}`,
  name: `Merci ${index}`,
  body: `Merci pour votre message ${index}`,
  shortcut: `mer${index}`,
  tags: [],
  networks: [],
  language: 'fr',
  useCount: 0,
  lastUsedAt: null,
  createdAt: 0,
  updatedAt: 0,
});

const library = Array.from({ length: 60 }, (_, index) => make(index));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const props: PickerViewProps = {
    via: 'trigger',
    trigger: ';;',
    query: signal(''),
    ranked: signal(library.slice(0, 50)),
    total: signal(library.length),
    active: signal(0),
    stage: signal<'list' | 'fields'>('list'),
    fieldLabels: signal<string[]>([]),
    fields: signal<Record<string, string>>({}),
    rendered: signal<RenderResult | null>({ text: 'Merci pour votre message 0', caret: 26, missing: [] }),
    length: signal<LengthCheck | null>({ count: 26, limit: 280, remaining: 254, over: false }),
    networkName: 'X',
    notice: signal<string | null>(null),
    position: signal({ top: 10, left: 20, maxHeight: 300 }),
    onKey: () => undefined,
    onChoose: () => undefined,
  };
  render(h(PickerView, props), container);
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  const listbox = () => container.querySelector('[role="listbox"]') as HTMLElement;
  observer.observe(listbox(), { subtree: true, childList: true, attributes: true, characterData: true });
  const options = () => [...container.querySelectorAll<HTMLElement>('[role="option"]')];
  return { container, props, changes, options, listbox };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the picker view on a filter keystroke', () => {
  it('shows the filter and the panel position in place, and touches no row while the listed templates stay', async () => {
    const { container, props, changes, options } = mount();
    const before = options();
    expect(before).toHaveLength(50);
    props.query.value = 'merc';
    props.total.value = 55;
    props.position.value = { top: 12, left: 30, maxHeight: 280 };
    await settle();
    expect(container.querySelector('.picker__filter')?.textContent).toBe(';;merc');
    const panel = container.querySelector<HTMLElement>('.picker');
    expect([panel?.style.top, panel?.style.left, panel?.style.maxHeight]).toEqual(['12px', '30px', '280px']);
    expect(container.querySelector('.picker__more')).not.toBeNull();
    expect(changes).toEqual([]);
    expect(options()).toEqual(before);
  });

  it('when the list changes, keeps the rows of templates still listed and updates the rest', async () => {
    const { container, props, changes, options } = mount();
    const before = options();
    // t1 leaves the list, t50 comes in at the end; t0 stays first and selected.
    props.ranked.value = [...library.slice(0, 1), ...library.slice(2, 51)];
    props.total.value = 50;
    await settle();
    const after = options();
    expect(after.map((option) => option.querySelector('.picker__name')?.textContent)).toEqual(
      props.ranked.value.map((template) => template.name),
    );
    expect(after.map((option) => option.id)).toEqual(after.map((_, index) => `cmc-option-${index}`));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[2]);
    expect(after[0]?.getAttribute('aria-selected')).toBe('true');
    expect(after.filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    expect(changes.length).toBeGreaterThan(0);
    // All listed: no "N more".
    expect(container.querySelector('.picker__more')).toBeNull();
  });

  it('moves the selection by re-rendering the two rows concerned', async () => {
    const { props, changes, options } = mount();
    props.active.value = 3;
    await settle();
    const touched = new Set(changes.map((record) => (record.target as HTMLElement).closest?.('[role="option"]')?.id));
    expect([...touched].sort()).toEqual(['cmc-option-0', 'cmc-option-3']);
    expect(options()[3]?.getAttribute('aria-selected')).toBe('true');
  });
});
