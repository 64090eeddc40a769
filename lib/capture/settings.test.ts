import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPTURE_SETTINGS, parseCaptureSettings } from '@/lib/capture/settings';
import { captureSettingsItem, readCaptureSettings, updateCaptureSettings } from '@/lib/capture/settings-store';

describe('capture settings', () => {
  it('defaults to no keywords, highlight on and automatic capture off', async () => {
    expect(DEFAULT_CAPTURE_SETTINGS).toEqual({ keywords: [], highlight: true, autoCapture: false });
    expect(await readCaptureSettings()).toEqual(DEFAULT_CAPTURE_SETTINGS);
  });

  it('keeps the valid fields of a damaged value', () => {
    expect(parseCaptureSettings({ keywords: 'acme', highlight: false, autoCapture: 'yes' })).toEqual({
      keywords: [],
      highlight: false,
      autoCapture: false,
    });
    expect(parseCaptureSettings(null)).toEqual(DEFAULT_CAPTURE_SETTINGS);
  });

  it('cleans keywords on save and stores them', async () => {
    await updateCaptureSettings({ keywords: [' Acme ', 'acme', '#AcmeKettle', ''], autoCapture: true });
    expect(await captureSettingsItem.getValue()).toEqual({
      keywords: ['Acme', '#AcmeKettle'],
      highlight: true,
      autoCapture: true,
    });
  });
});
