/**
 * Runs `task` once for a burst of calls: the first call waits `delayMs`, calls meanwhile join it,
 * and a call while the task runs asks for one more run after it. Never two runs at once.
 * (The toolbar badge reads thousands of items; a capture burst should cost one read, not one per capture.)
 */
export function coalesce(task: () => Promise<void>, delayMs: number): () => void {
  let waiting = false;
  let running = false;
  let again = false;
  const run = async () => {
    waiting = false;
    running = true;
    try {
      await task();
    } catch {
      // The next call tries again.
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (running) again = true;
    else if (!waiting) {
      waiting = true;
      setTimeout(() => void run(), delayMs);
    }
  };
  return schedule;
}
