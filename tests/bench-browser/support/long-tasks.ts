import type { BrowserContext, Page } from '@playwright/test';

/**
 * The page's main-thread tasks from a Chromium trace (CDP Tracing): the longest tasks of the
 * renderer that runs `page`, each with what took most of it (a script evaluated, a callback, a
 * layout). PerformanceObserver's `longtask` reports only tasks over 50 ms; the first law's limit is 16.
 */
export interface TracedTask {
  /** ms from the trace's mark `at` (negative: before it). */
  startMs: number;
  durationMs: number;
  /**
   * The renderer thread's CPU time in the task (the trace's `tdur`): on a loaded machine a task's
   * wall-clock time includes the moments the thread was descheduled, this does not. Null when the
   * trace has no thread times.
   */
  cpuMs: number | null;
  /** The longest events inside the task, e.g. "EvaluateScript template-picker.js 41.2". */
  inside: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

/** Events worth naming inside a task: what the extension or the page ran there. */
const WORK = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'Layout',
  'UpdateLayoutTree',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
]);

export async function traceTasks(
  context: BrowserContext,
  page: Page,
  during: (mark: (name: string) => Promise<void>) => Promise<void>,
): Promise<{ tasks: TracedTask[]; marks: Record<string, number> }> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (payload) => {
    events.push(...(payload.value as unknown as TraceEvent[]));
  });
  await session.send('Tracing.start', { transferMode: 'ReportEvents', categories: CATEGORIES });
  const mark = (name: string) => page.evaluate((label) => void performance.mark(`bench:${label}`), name);
  await mark('start');
  await during(mark);
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  await session.send('Tracing.end');
  await complete;
  await session.detach();

  const start = events.find((event) => event.name === 'bench:start');
  if (!start) return { tasks: [], marks: {} };
  const pid = start.pid;
  const mainTid = events.find(
    (event) =>
      event.pid === pid && event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )?.tid;
  const marks = Object.fromEntries(
    events
      .filter((event) => event.pid === pid && event.name.startsWith('bench:') && event.ph !== 'e')
      .map((event) => [event.name.slice('bench:'.length), (event.ts - start.ts) / 1000]),
  );
  const onMain = events.filter((event) => event.pid === pid && event.tid === mainTid && event.ph === 'X');
  const tasks = onMain
    .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
    .filter((task) => task.ts >= start.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain
        .filter((event) => WORK.has(event.name) && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 3)
        .map((event) => {
          const where = event.args?.data?.url?.split('/').pop() ?? event.args?.data?.functionName ?? '';
          return `${event.name}${where ? ` ${where}` : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`;
        });
      const cpuMs = task.tdur === undefined ? null : task.tdur / 1000;
      return { startMs: (task.ts - start.ts) / 1000, durationMs: (task.dur ?? 0) / 1000, cpuMs, inside };
    });
  // Nested RunTask events (a task inside a task) would count twice: keep the outermost ones.
  const outer = tasks.filter(
    (task) =>
      !tasks.some(
        (other) =>
          other !== task &&
          other.startMs <= task.startMs &&
          other.startMs + other.durationMs >= task.startMs + task.durationMs &&
          other.durationMs > task.durationMs,
      ),
  );
  return { tasks: outer.sort((a, b) => b.durationMs - a.durationMs), marks };
}
