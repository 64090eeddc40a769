// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageContext, startFeaturesPerPage } from '@/lib/content/page-lifetime';
import type { SiteContext } from '@/lib/content/site-context';

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

describe('startFeaturesPerPage', () => {
  it('starts the send check at once and the rest when the page is idle', async () => {
    const ctx = new ContentScriptContext('page-lifetime-start-test');
    const site = { ctx, onAccount: () => () => undefined, watch: () => () => undefined } as unknown as SiteContext;
    const started: string[] = [];
    const feature = (name: string) => () => void started.push(name);
    const allStarted = startFeaturesPerPage(site, {
      atOnce: [feature('guard send')],
      whenIdle: [feature('badge'), feature('capture')],
    });
    expect(started).toEqual(['guard send']);
    await allStarted;
    expect(started).toEqual(['guard send', 'badge', 'capture']);
    ctx.abort();
  });
});
