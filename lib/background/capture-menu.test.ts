import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAPTURE_MENU_ID, captureFromMenuClick, createCaptureMenu } from '@/lib/background/capture-menu';
import { browser } from '@/lib/browser';

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('captureFromMenuClick', () => {
  it('asks the clicked tab and frame to capture its right-clicked post', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ handled: true } as never);
    const reply = await captureFromMenuClick({ menuItemId: CAPTURE_MENU_ID, frameId: 0 }, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: 'captureMenuTarget', data: {} }, { frameId: 0 });
    expect(reply).toEqual({ handled: true });
  });

  it('ignores other items and clicks without a tab; a tab without our script answers null', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await captureFromMenuClick({ menuItemId: 'other', frameId: 0 }, { id: 7 })).toBeNull();
    expect(await captureFromMenuClick({ menuItemId: CAPTURE_MENU_ID, frameId: 0 }, undefined)).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(await captureFromMenuClick({ menuItemId: CAPTURE_MENU_ID, frameId: 0 }, { id: 7 })).toBeNull();
  });
});

describe('createCaptureMenu', () => {
  it('creates the item on posts, links and selections of the networks, titled in the chosen language', async () => {
    vi.spyOn(browser.contextMenus, 'update').mockRejectedValue(new Error('Cannot find menu item'));
    const create = vi.spyOn(browser.contextMenus, 'create').mockImplementation((_properties, done) => {
      done?.();
      return CAPTURE_MENU_ID;
    });
    await createCaptureMenu();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: CAPTURE_MENU_ID,
        title: 'Capture to inbox',
        contexts: ['page', 'link', 'selection'],
        documentUrlPatterns: expect.arrayContaining(['https://x.com/*', 'https://www.linkedin.com/*']),
      }),
      expect.any(Function),
    );
  });

  it('updates the existing item instead of creating a second one', async () => {
    const update = vi.spyOn(browser.contextMenus, 'update').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.contextMenus, 'create');
    await createCaptureMenu();
    expect(update).toHaveBeenCalledWith(CAPTURE_MENU_ID, expect.objectContaining({ title: 'Capture to inbox' }));
    expect(create).not.toHaveBeenCalled();
  });
});
