import { describe, expect, it, vi } from 'vitest';
import { browser } from '@/lib/browser';
import { PENDING_PUBLISH_KEY } from '@/lib/calendar/pending-publish';
import { pendingPublishItem } from '@/lib/calendar/pending-publish-store';
import { CAPTURE_SETTINGS_KEY, parseCaptureSettings } from '@/lib/capture/settings';
import { captureSettingsItem, updateCaptureSettings } from '@/lib/capture/settings-store';
import { ACCOUNTS_KEY } from '@/lib/guard/accounts';
import { GUARD_SETTINGS_KEY } from '@/lib/guard/settings';
import { accountsItem, guardRulesItem } from '@/lib/guard/store';
import { PENDING_REPLY_KEY } from '@/lib/inbox/pending-reply';
import { pendingReplyItem } from '@/lib/inbox/pending-reply-store';
import { SETTINGS_KEY } from '@/lib/settings/schema';
import { settingsItem } from '@/lib/storage/items';
import { storedView } from '@/lib/storage/stored-view';
import { templateSettingsItem } from '@/lib/templates/settings-item';
import { TEMPLATE_SETTINGS_KEY } from '@/lib/templates/template-settings';

describe('what content scripts read of storage', () => {
  it('is read at the very keys the background writes', () => {
    const pairs: [string, { key: string }][] = [
      [SETTINGS_KEY, settingsItem],
      [ACCOUNTS_KEY, accountsItem],
      [GUARD_SETTINGS_KEY, guardRulesItem],
      [CAPTURE_SETTINGS_KEY, captureSettingsItem],
      [TEMPLATE_SETTINGS_KEY, templateSettingsItem],
      [PENDING_REPLY_KEY, pendingReplyItem],
      [PENDING_PUBLISH_KEY, pendingPublishItem],
    ];
    for (const [key, item] of pairs) expect(item.key).toBe(`local:${key}`);
  });

  it('reads the stored value validated, and follows every change', async () => {
    const view = storedView(CAPTURE_SETTINGS_KEY, parseCaptureSettings);
    expect(await view.read()).toEqual({ keywords: [], highlight: true, autoCapture: false });
    const seen: unknown[] = [];
    const stop = view.watch((value) => seen.push(value));
    await updateCaptureSettings({ keywords: ['refund'], highlight: false });
    expect(await view.read()).toEqual({ keywords: ['refund'], highlight: false, autoCapture: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.at(-1)).toEqual({ keywords: ['refund'], highlight: false, autoCapture: false });
    stop();
    await updateCaptureSettings({ highlight: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
  });

  it('reads the keys asked for in one task with one request, and serves every watch with one listener', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { locale: 'fr' } });
    const get = vi.spyOn(browser.storage.local, 'get');
    const addListener = vi.spyOn(browser.storage.onChanged, 'addListener');
    const capture = storedView(CAPTURE_SETTINGS_KEY, parseCaptureSettings);
    const raw = storedView(SETTINGS_KEY, (value) => value);
    const [first, second, third] = await Promise.all([capture.read(), raw.read(), capture.read()]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ keywords: [], highlight: true, autoCapture: false });
    expect(second).toEqual({ locale: 'fr' });
    expect(third).toEqual(first);
    // A read in a later task is a request of its own: it sees what was written since.
    await updateCaptureSettings({ keywords: ['refund'] });
    get.mockClear();
    expect((await capture.read()).keywords).toEqual(['refund']);
    expect(get).toHaveBeenCalledTimes(1);

    const seen: string[] = [];
    const stops = [
      capture.watch(() => seen.push('capture')),
      capture.watch(() => seen.push('capture again')),
      raw.watch(() => seen.push('settings')),
    ];
    expect(addListener).toHaveBeenCalledTimes(1);
    await updateCaptureSettings({ highlight: false });
    await browser.storage.local.set({ [SETTINGS_KEY]: { locale: 'en' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['capture', 'capture again', 'settings']);
    for (const stop of stops) stop();
    await updateCaptureSettings({ highlight: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(3);
    get.mockRestore();
    addListener.mockRestore();
  });
});
