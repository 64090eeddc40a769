/**
 * A per-day chart (uPlot, drawn on a canvas) with the same figures in a table beside it for
 * screen readers and for anyone who wants the numbers. Colours come from the theme's CSS
 * variables, read when the chart is drawn, so light and dark both read well.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDay } from '@/components/reports/format';
import { useAppState } from '@/components/state/app-state';

export interface ChartSeries {
  label: string;
  values: number[];
  /** Which theme colour: --chart-1 … --chart-4. */
  colour: 1 | 2 | 3 | 4;
}

interface Props {
  id: string;
  title: string;
  days: string[];
  series: ChartSeries[];
  /** The report page shows its tables open; the side panel keeps them folded. */
  tableOpen?: boolean;
}

function cssVar(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || '#888';
}

/** The chart's width: its box's, between 240 and 680 px. */
const chartWidth = (root: HTMLElement) => Math.max(240, Math.min(root.clientWidth || 320, 680));

function drawChart(root: HTMLElement, days: string[], series: ChartSeries[], locale: string): uPlot {
  const width = chartWidth(root);
  const muted = cssVar(root, '--muted');
  const grid = cssVar(root, '--border');
  const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  return new uPlot(
    {
      width,
      height: 180,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] } },
      axes: [
        {
          ...axis,
          space: 48,
          incrs: [1, 2, 7, 14, 30],
          values: (_u, splits) => splits.map((split) => (days[split] ? formatDay(days[split], locale as 'en') : '')),
        },
        { ...axis, size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
      ],
      series: [
        {},
        ...series.map((each) => ({
          label: each.label,
          stroke: cssVar(root, `--chart-${each.colour}`),
          width: 2,
          points: { show: days.length <= 31, size: 5 },
        })),
      ],
    },
    [days.map((_, index) => index), ...series.map((each) => each.values)],
    root,
  );
}

export function TimeChart({ id, title, days, series, tableOpen = false }: Props) {
  const { t, locale, settings } = useAppState();
  const host = useRef<HTMLDivElement>(null);
  const empty = series.every((each) => each.values.every((value) => value === 0));
  const theme = settings.value.theme;
  useEffect(() => {
    const root = host.current;
    if (!root || empty) return;
    let chart = drawChart(root, days, series, locale.value);
    const redraw = () => {
      chart.destroy();
      chart = drawChart(root, days, series, locale.value);
    };
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', redraw);
    // The side panel is resized by dragging its edge: the chart follows its box.
    const resize = new ResizeObserver(() => {
      const width = chartWidth(root);
      if (width !== chart.width) chart.setSize({ width, height: chart.height });
    });
    resize.observe(root);
    return () => {
      resize.disconnect();
      scheme.removeEventListener('change', redraw);
      chart.destroy();
    };
  }, [days.join(), JSON.stringify(series), locale.value, theme, empty]);

  return (
    <figure class="report-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {empty ? (
        <p class="muted report-chart__empty">{t('chartEmpty')}</p>
      ) : (
        <div ref={host} class="report-chart__canvas" aria-hidden="true" />
      )}
      <details class="report-chart__table" open={tableOpen}>
        <summary>{t('chartTable')}</summary>
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chartDay')}</th>
              {series.map((each) => (
                <th key={each.label} scope="col">
                  {each.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, index) => (
              <tr key={day}>
                <th scope="row">{formatDay(day, locale.value)}</th>
                {series.map((each) => (
                  <td key={each.label}>{each.values[index] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
