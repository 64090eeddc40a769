import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
  Virtualizer,
} from '@tanstack/virtual-core';
import type { ComponentChildren, HTMLAttributes } from 'preact';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'ref'> {
  count: number;
  rowHeight: number;
  /** The row index to keep in view (the keyboard cursor). */
  focusIndex: number;
  onRange: (first: number, last: number) => void;
  renderRow: (index: number, row: VirtualItem) => ComponentChildren;
}

/**
 * A list that renders only the rows in and near view (@tanstack/virtual-core), so 100,000 items
 * cost the same as 30. Rows have a fixed height: no measuring while scrolling.
 */
export function VirtualRows({ count, rowHeight, focusIndex, onRange, renderRow, ...rest }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLDivElement, HTMLDivElement>({
        count,
        getScrollElement: () => scroller.current,
        estimateSize: () => rowHeight,
        overscan: 6,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        onChange: () => rerender(0),
      }),
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());

  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) onRange(first, last);
  }, [first, last, count]);
  useEffect(() => {
    if (count > 0 && focusIndex >= 0 && focusIndex < count) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex]);

  return (
    <div ref={scroller} {...rest}>
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {rows.map((row) => (
          <div
            key={row.key}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: `${rowHeight}px`,
              transform: `translateY(${row.start}px)`,
            }}
          >
            {renderRow(row.index, row)}
          </div>
        ))}
      </div>
    </div>
  );
}
