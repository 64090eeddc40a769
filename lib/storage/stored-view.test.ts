import { describe, expect, it } from 'vitest';
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
});
