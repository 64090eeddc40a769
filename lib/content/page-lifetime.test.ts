// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageContext } from '@/lib/content/page-lifetime';

describe('pageContext', () => {
  it('ends listeners, timers and teardown callbacks with the page, not the content script', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('page-lifetime-test');
    const controller = new AbortController();
    const page = pageContext(ctx, AbortSignal.any([ctx.signal, controller.signal]));
    const clicks = vi.fn();
    const timer = vi.fn();
    const teardown = vi.fn();
    page.addEventListener(document, 'click', clicks);
    page.setTimeout(timer, 10);
    page.onInvalidated(teardown);
    document.dispatchEvent(new Event('click'));
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(page.isValid).toBe(true);

    controller.abort();
    document.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(20);
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(timer).not.toHaveBeenCalled();
    expect(teardown).toHaveBeenCalledTimes(1);
    expect(page.isValid).toBe(false);
    expect(ctx.isValid).toBe(true);
    vi.useRealTimers();
  });
});
