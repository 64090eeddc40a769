import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  EXTENSION_PATH,
  expect,
  extensionWorker,
  launchWithExtension,
  openFixture,
  test,
} from '../e2e/support/extension';
import { traceTasks } from './support/long-tasks';

/**
 * Figures only (npm run bench:browser): the template picker with 2,000 templates on X's reply box,
 * as issue 14 sets the targets — from the trigger keystroke to the picker in the page (the first
 * opening includes loading the picker bundle unless focusing the box already prefetched it:
 * reported apart), each filter keystroke to the list updated, and the very first filter keystroke
 * after the page loaded (reported apart: the library's words must be folded by then), typed at
 * once after the click into the box and, in a fresh page, PAUSE_MS after it. A third, traced page gives
 * the longest main-thread tasks from the focus to the picker open (support/long-tasks.ts: the
 * first law's 16 ms per task), by wall-clock and by the thread's CPU time (`…CpuMs`: what a loaded
 * machine disturbs least). Times are read in the page
 * (keydown → the picker's last DOM change before the next frame; X's editor handles the keystroke
 * too, as it would without the extension), medians of several openings. JSON in bench/picker-2000.json.
 *
 * To compare builds under the same load: BENCH_BUILDS="main=.output-main/chrome-mv3,branch=.output/chrome-mv3"
 * and BENCH_RUNS=5 measure each build in turn, run after run (a fresh browser each time);
 * BENCH_OUT names the JSON.
 */
const COUNT = Number(process.env.BENCH_TEMPLATES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const BUILDS = (process.env.BENCH_BUILDS ?? `build=${EXTENSION_PATH}`).split(',').map((entry) => {
  const [label = 'build', path = EXTENSION_PATH] = entry.split('=');
  return { label, path: resolve(path) };
});
const OUT = resolve(process.env.BENCH_OUT ?? join(import.meta.dirname, '../../bench/picker-2000.json'));
const OPENINGS = 7;
const FILTER = 'merci';
const WORDS = [
  'merci',
  'livraison',
  'retard',
  'bienvenue',
  'excuses',
  'promo',
  'support',
  'commande',
  'thanks',
  'delay',
];

async function seedTemplates(worker: Worker, count: number) {
  await expect
    .poll(() => worker.evaluate(async () => Array.isArray((await chrome.storage.local.get('templates')).templates)))
    .toBe(true);
  await worker.evaluate(
    async ({ total, words }) => {
      const templates = Array.from({ length: total }, (_, index) => {
        const word = words[index % words.length] ?? 'merci';
        return {
          id: `bench-${index}`,
          name: `${word} ${index}`,
          shortcut: `${word.slice(0, 3)}${index}`,
          body: `Bonjour {author.firstName}, ${word} ${'pour votre message '.repeat(1 + (index % 6))}— {brand}`,
          tags: index % 3 === 0 ? ['support'] : [],
          networks: [],
          language: index % 2 ? 'fr' : 'en',
          createdAt: 1,
          updatedAt: 1,
        };
      });
      await chrome.storage.local.set({
        templates,
        settings: { language: 'en', theme: 'auto', brandName: 'Acme', toolbarOpens: 'popup', mastodonInstances: [] },
      });
    },
    { total: count, words: WORDS },
  );
}

/**
 * In the page: ms from each next keydown to the picker's DOM updated (the last change the picker
 * made before the next frame; the wait for the frame itself is not counted).
 */
function armTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __pickerTimes: number[] };
    w.__pickerTimes = [];
    let started = 0;
    let changed = 0;
    const pickerRoot = () => document.querySelector('cm-companion-template-picker')?.shadowRoot ?? null;
    const settle = () => {
      const at = started;
      const first = changed === 0;
      changed = performance.now();
      if (!first) return;
      requestAnimationFrame(() => {
        if (at && started === at) {
          w.__pickerTimes.push(changed - at);
          started = 0;
        }
        changed = 0;
      });
    };
    // Only the picker's own changes count (the editor's own re-render on a keystroke does not).
    const observer = new MutationObserver((records) => {
      const root = pickerRoot();
      if (!started || !root?.querySelector('.picker')) return;
      const host = root.host;
      const ours = records.some(
        (record) =>
          record.target.getRootNode() === root ||
          [...record.addedNodes].some((node) => node === host || node.contains(host)),
      );
      if (ours) settle();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const watchShadow = () => {
      const root = pickerRoot();
      if (root && !(root as unknown as { __watched?: boolean }).__watched) {
        (root as unknown as { __watched?: boolean }).__watched = true;
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      }
    };
    window.addEventListener(
      'keydown',
      () => {
        watchShadow();
        started = performance.now();
      },
      { capture: true },
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A person clicks into the box and starts typing a moment later (the hand goes from the mouse to the keys). */
const PAUSE_MS = 500;

/**
 * In a fresh page: the box clicked, the trigger typed PAUSE_MS later, then the first filter
 * keystroke after the page loaded, as soon as the picker is there (ms, as the other keystrokes).
 */
async function firstKeystrokeAfterPause(context: BrowserContext): Promise<number> {
  const page = await openFixture(context, 'https://x.com/marie/status/1850000000000000001', 'x/post.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  const box = page.locator('[data-fixture-id="x-reply"]').locator('[contenteditable="true"], textarea').first();
  await box.click();
  await armTimer(page);
  const times = () => page.evaluate(() => (window as unknown as { __pickerTimes: number[] }).__pickerTimes.splice(0));
  const counted = async () =>
    await page.evaluate(() => (window as unknown as { __pickerTimes: number[] }).__pickerTimes.length);
  await page.waitForTimeout(PAUSE_MS);
  await page.keyboard.type(';');
  await times();
  await page.keyboard.type(';');
  await expect.poll(counted).toBeGreaterThan(0);
  await times();
  await page.keyboard.type(FILTER.slice(0, 1));
  await expect.poll(counted).toBeGreaterThan(0);
  const [first = 0] = await times();
  await expect(page.locator('cm-companion-template-picker .picker').getByRole('option').first()).toBeVisible();
  await page.close();
  return first;
}

/** How long the preparation at focus may run before the trigger (read, fold) in the traced page. */
const PREPARATION_MS = 1500;

/**
 * In a fresh page, traced: the box clicked (the picker's preparation starts at focus), the trigger
 * typed PREPARATION_MS later, the picker open. The longest main-thread tasks of the page (any
 * world: the page's own editor, the content script, the injected bundles) before the trigger and
 * from the trigger to the picker painted, with the five longest overall and what ran in them.
 */
async function tasksFromFocusToOpen(context: BrowserContext) {
  const page = await openFixture(context, 'https://x.com/marie/status/1850000000000000001', 'x/post.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  const box = page.locator('[data-fixture-id="x-reply"]').locator('[contenteditable="true"], textarea').first();
  const { tasks, marks } = await traceTasks(context, page, async (mark) => {
    await box.click();
    await page.waitForTimeout(PREPARATION_MS);
    await mark('trigger');
    await page.keyboard.type(';;');
    await expect(page.locator('cm-companion-template-picker .picker').getByRole('option').first()).toBeVisible();
    await page.waitForTimeout(100);
  });
  await page.close();
  const trigger = marks.trigger ?? Number.POSITIVE_INFINITY;
  const longest = (list: typeof tasks) => round1(Math.max(0, ...list.map((task) => task.durationMs)));
  // The same by the thread's CPU time in each task: what the machine's load disturbs least.
  const longestCpu = (list: typeof tasks) => round1(Math.max(0, ...list.map((task) => task.cpuMs ?? 0)));
  const preparation = tasks.filter((task) => task.startMs < trigger);
  const described = (task: (typeof tasks)[number]) => ({
    atMs: round1(task.startMs),
    ms: round1(task.durationMs),
    cpuMs: task.cpuMs === null ? null : round1(task.cpuMs),
    phase: task.startMs < trigger ? 'preparation' : 'opening',
    inside: task.inside,
  });
  // The picker's view (the whole page-UI bundle at the start) evaluated: one task, apart.
  const isViewEvaluation = (task: (typeof tasks)[number]) =>
    /^EvaluateScript template-picker\.js/.test(task.inside[0] ?? '');
  return {
    preparationLongestTaskMs: longest(preparation),
    /** The longest task before the trigger by CPU time, and the view's evaluation by CPU time. */
    preparationLongestTaskCpuMs: longestCpu(preparation),
    viewEvaluationCpuMs: longestCpu(tasks.filter(isViewEvaluation)),
    preparationTasksOver16MsCpu: preparation.filter((task) => (task.cpuMs ?? 0) > 16).length,
    /** The same without the view's evaluation: the library read, checked and folded, the page's own tasks. */
    preparationWithoutViewMs: longest(preparation.filter((task) => !isViewEvaluation(task))),
    viewEvaluationMs: longest(tasks.filter(isViewEvaluation)),
    openingLongestTaskMs: longest(tasks.filter((task) => task.startMs >= trigger)),
    openingLongestTaskCpuMs: longestCpu(tasks.filter((task) => task.startMs >= trigger)),
    tasksOver16Ms: tasks.filter((task) => task.durationMs > 16).length,
    longestTasks: tasks.slice(0, 5).map(described),
    /** The five longest by CPU time (a task descheduled on a loaded machine is long only by wall-clock). */
    longestTasksByCpu: [...tasks]
      .sort((a, b) => (b.cpuMs ?? 0) - (a.cpuMs ?? 0))
      .slice(0, 5)
      .map(described),
  };
}

/** One browser with one build: the first opening, then the next openings and their filter keystrokes. */
async function measure(context: BrowserContext, worker: Worker) {
  await seedTemplates(worker, COUNT);
  const page = await openFixture(context, 'https://x.com/marie/status/1850000000000000001', 'x/post.html');
  await expect(page.locator('html')).toHaveAttribute('data-cm-companion', /.+/);
  const box = page.locator('[data-fixture-id="x-reply"]').locator('[contenteditable="true"], textarea').first();
  await box.click();
  await armTimer(page);
  const picker = page.locator('cm-companion-template-picker .picker');
  const times = () => page.evaluate(() => (window as unknown as { __pickerTimes: number[] }).__pickerTimes.splice(0));
  const counted = async () =>
    await page.evaluate(() => (window as unknown as { __pickerTimes: number[] }).__pickerTimes.length);

  const opens: number[] = [];
  const filters: number[] = [];
  const firstFilters: number[] = [];
  let firstOpen = 0;
  for (let round = 0; round < OPENINGS; round++) {
    await page.keyboard.type(';');
    await times();
    await page.keyboard.type(';');
    await expect(picker).toBeVisible();
    await expect.poll(counted).toBeGreaterThan(0);
    const [open = 0] = await times();
    if (round === 0) firstOpen = open;
    else opens.push(open);
    for (const letter of FILTER) {
      await page.keyboard.type(letter);
      await expect.poll(counted).toBeGreaterThan(0);
      const keystroke = await times();
      filters.push(...keystroke);
      if (round === 0) firstFilters.push(...keystroke);
    }
    await expect(picker.getByRole('option').first()).toContainText(FILTER);
    await page.keyboard.press('Escape');
    await expect(picker).toHaveCount(0);
    // Leaves the box as the user had it: the typed trigger and filter are theirs to delete.
    for (let index = 0; index < 2 + FILTER.length; index++) await page.keyboard.press('Backspace');
    await times();
  }
  await page.close();
  const firstKeystrokeAfterPauseMs = round1(await firstKeystrokeAfterPause(context));
  const tasks = await tasksFromFocusToOpen(context);
  return {
    firstOpenMs: round1(firstOpen),
    openMs: { median: round1(median(opens)), max: round1(Math.max(...opens)), runs: opens.length },
    filterKeystrokeMs: {
      median: round1(median(filters)),
      max: round1(Math.max(...filters)),
      keystrokes: filters.length,
    },
    /**
     * The very first filter keystroke after the page loaded (the library's words are folded ahead
     * of it, in idle slices since the box got focus; a keystroke before the end folds the rest).
     */
    firstKeystrokeMs: round1(firstFilters[0] ?? 0),
    /** The same in a fresh page, the trigger typed PAUSE_MS after the click into the box. */
    firstKeystrokeAfterPauseMs,
    /** The first opening's keystrokes one by one. */
    firstOpeningKeystrokesMs: firstFilters.map(round1),
    /** A traced fresh page: the longest main-thread tasks from the focus to the picker open. */
    tasks,
  };
}

test(`template picker with ${COUNT} templates: open and filter`, async () => {
  test.setTimeout(120_000 * RUNS * BUILDS.length);
  const loadBefore = loadavg().map(round1);
  const runs: Record<string, Awaited<ReturnType<typeof measure>>[]> = {};
  let browserVersion = '';
  for (let run = 0; run < RUNS; run++) {
    for (const build of BUILDS) {
      const dir = mkdtempSync(join(tmpdir(), 'cmc-bench-picker-'));
      const context = await launchWithExtension(dir, { extensionPath: build.path });
      try {
        const worker = await extensionWorker(context);
        browserVersion = await worker.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? '');
        const figures = await measure(context, worker);
        runs[build.label] = [...(runs[build.label] ?? []), figures];
        console.log(`${build.label} run ${run + 1}: ${JSON.stringify(figures)}`);
      } finally {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([label, list]) => [
      label,
      {
        // Medians over the runs of each run's median (the first opening: median of the runs' first openings).
        firstOpenMs: round1(median(list.map((one) => one.firstOpenMs))),
        openMs: round1(median(list.map((one) => one.openMs.median))),
        filterKeystrokeMs: round1(median(list.map((one) => one.filterKeystrokeMs.median))),
        // The first filter keystroke after the page loaded: median and worst over the runs.
        firstKeystrokeMs: round1(median(list.map((one) => one.firstKeystrokeMs))),
        firstKeystrokeMaxMs: round1(Math.max(...list.map((one) => one.firstKeystrokeMs))),
        firstKeystrokeAfterPauseMs: round1(median(list.map((one) => one.firstKeystrokeAfterPauseMs))),
        firstKeystrokeAfterPauseMaxMs: round1(Math.max(...list.map((one) => one.firstKeystrokeAfterPauseMs))),
        // The longest main-thread task between the focus and the trigger, and from the trigger to the picker open.
        preparationLongestTaskMs: round1(median(list.map((one) => one.tasks.preparationLongestTaskMs))),
        preparationLongestTaskMaxMs: round1(Math.max(...list.map((one) => one.tasks.preparationLongestTaskMs))),
        openingLongestTaskMs: round1(median(list.map((one) => one.tasks.openingLongestTaskMs))),
        preparationWithoutViewMs: round1(median(list.map((one) => one.tasks.preparationWithoutViewMs))),
        preparationWithoutViewMaxMs: round1(Math.max(...list.map((one) => one.tasks.preparationWithoutViewMs))),
        viewEvaluationMs: round1(median(list.map((one) => one.tasks.viewEvaluationMs))),
        // The same by CPU time (the trace's thread time), which load disturbs least.
        preparationLongestTaskCpuMs: round1(median(list.map((one) => one.tasks.preparationLongestTaskCpuMs))),
        preparationLongestTaskCpuMaxMs: round1(Math.max(...list.map((one) => one.tasks.preparationLongestTaskCpuMs))),
        viewEvaluationCpuMs: round1(median(list.map((one) => one.tasks.viewEvaluationCpuMs))),
        openingLongestTaskCpuMs: round1(median(list.map((one) => one.tasks.openingLongestTaskCpuMs))),
        runs: list,
      },
    ]),
  );
  const figures = {
    templates: COUNT,
    filter: FILTER,
    openingsPerRun: OPENINGS,
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg().map(round1) },
    browser: browserVersion,
    builds: Object.fromEntries(BUILDS.map((build) => [build.label, build.path])),
    ...(BUILDS.length === 1 && RUNS === 1 ? (runs[BUILDS[0]?.label ?? '']?.[0] ?? {}) : { results: summary }),
  };
  console.log(JSON.stringify(figures, null, 2));
  writeFileSync(OUT, `${JSON.stringify(figures, null, 2)}\n`);
});
