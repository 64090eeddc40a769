// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { composerText } from '@/lib/content/composer-text';
import { matchSubmission, releaseSubmission } from '@/lib/content/submission';
import type { Composer, SiteAdapter, SubmitPath } from '@/lib/sites/types';

function page() {
  document.body.replaceChildren();
  const form = document.createElement('form');
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.textContent = 'Hello Acme';
  const send = document.createElement('button');
  const icon = document.createElement('span');
  send.append(icon);
  form.append(box, send);
  document.body.append(form);
  const composer: Composer = { element: box, kind: 'reply', editor: 'contenteditable', answering: null };
  const paths: SubmitPath[] = [
    { kind: 'click', element: send, label: 'send' },
    { kind: 'key', key: 'Enter', ctrlOrMeta: true, shift: false, target: box, label: 'mod+enter' },
    { kind: 'form', form, label: 'form' },
  ];
  const adapter = { submitPaths: () => paths } as unknown as SiteAdapter;
  return { form, box, send, icon, composer, adapter };
}

/** Dispatches an event and returns what matchSubmission said about it, from a window capture listener. */
function caught(target: EventTarget, event: Event, composers: Composer[], adapter: SiteAdapter) {
  let found: ReturnType<typeof matchSubmission> = null;
  const listener = (seen: Event) => {
    found = matchSubmission(seen, composers, adapter);
  };
  window.addEventListener(event.type, listener, { capture: true, once: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  return found as ReturnType<typeof matchSubmission>;
}

describe('matchSubmission', () => {
  it('recognises a click on the send control, also on its icon, but not when disabled', () => {
    const { icon, send, composer, adapter } = page();
    expect(caught(icon, new MouseEvent('click', { bubbles: true }), [composer], adapter)?.path.kind).toBe('click');
    send.setAttribute('aria-disabled', 'true');
    expect(caught(icon, new MouseEvent('click', { bubbles: true }), [composer], adapter)).toBeNull();
  });

  it('recognises the send key in the composer only with the right modifiers', () => {
    const { box, composer, adapter } = page();
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init });
    expect(caught(box, key({ ctrlKey: true }), [composer], adapter)?.path.kind).toBe('key');
    expect(caught(box, key({ metaKey: true }), [composer], adapter)?.path.kind).toBe('key');
    expect(caught(box, key({}), [composer], adapter)).toBeNull();
    expect(caught(box, key({ ctrlKey: true, shiftKey: true }), [composer], adapter)).toBeNull();
    expect(caught(document.body, key({ ctrlKey: true }), [composer], adapter)).toBeNull();
  });

  it('recognises the form submit', () => {
    const { form, composer, adapter } = page();
    expect(caught(form, new Event('submit', { bubbles: true, cancelable: true }), [composer], adapter)?.path.kind).toBe(
      'form',
    );
  });
});

describe('releaseSubmission', () => {
  it('clicks the same control once, with the pass on', () => {
    const { icon, send, composer, adapter } = page();
    const submission = caught(icon, new MouseEvent('click', { bubbles: true }), [composer], adapter);
    let passing = false;
    const clicks = vi.fn(() => passing);
    send.addEventListener('click', clicks);
    releaseSubmission(submission as NonNullable<typeof submission>, new MouseEvent('click'), (run) => {
      passing = true;
      run();
      passing = false;
    });
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveReturnedWith(true);
  });

  it('replays the same key on the same element, with keyCode 13', () => {
    const { box, composer, adapter } = page();
    const original = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true });
    const submission = caught(box, original, [composer], adapter);
    const keys: KeyboardEvent[] = [];
    box.addEventListener('keydown', (event) => keys.push(event));
    releaseSubmission(submission as NonNullable<typeof submission>, original, (run) => run());
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ key: 'Enter', ctrlKey: true, keyCode: 13 });
  });

  it('submits the same form once', () => {
    const { form, composer, adapter } = page();
    const submission = caught(form, new Event('submit', { bubbles: true, cancelable: true }), [composer], adapter);
    const submits = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submits);
    releaseSubmission(submission as NonNullable<typeof submission>, new Event('submit'), (run) => run());
    expect(submits).toHaveBeenCalledTimes(1);
  });
});

describe('composerText', () => {
  it('reads a textarea value and a contenteditable text', () => {
    const { composer } = page();
    expect(composerText(composer)).toContain('Hello Acme');
    const area = document.createElement('textarea');
    area.value = 'typed';
    expect(composerText({ ...composer, element: area, editor: 'textarea' })).toBe('typed');
  });
});
