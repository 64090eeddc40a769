// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  copyToClipboardFallback,
  holdsInsertion,
  type InsertOptions,
  insertText,
  techniquesFor,
} from '@/lib/dom/insert-text';

describe('holdsInsertion', () => {
  it.each([
    ['Hi ', 'Hi Merci', 'Merci', true],
    ['Hi ', 'MerciHi ', 'Merci', true],
    ['Hi there', 'Hi Merci', 'Merci', true], // the selection "there" was replaced
    ['Hi\u00a0', 'Hi Merci\r\nok', 'Merci\nok', true], // NBSP and CRLF compare loosely
    ['Hi ', 'Hi Merci Merci', 'Merci', false], // inserted twice
    ['Hi ', 'Merci', 'Merci', true], // everything was selected and replaced
    ['Hi ', 'Hi Mer', 'Merci', false],
    ['Hi ', 'Hi \nMerci', 'Merci', false], // an extra line appeared
  ])('%j + %j ← %j: %s', (before, after, text, expected) => {
    expect(holdsInsertion(before, after, text)).toBe(expected);
  });
});

describe('techniquesFor', () => {
  it('follows the measured table, execCommand as fallback for one-line text only', () => {
    expect(techniquesFor('draftjs', 'a\nb')).toEqual(['paste']);
    expect(techniquesFor('lexical', 'one line')).toEqual(['paste', 'execCommand']);
    expect(techniquesFor('quill', 'a')).toEqual(['paste', 'execCommand']);
    expect(techniquesFor('prosemirror', 'a\nb')).toEqual(['paste', 'execCommand']);
    expect(techniquesFor('textarea', 'a\nb')).toEqual(['execCommand']);
    expect(techniquesFor('contenteditable', 'a')).toEqual(['execCommand']);
    expect(techniquesFor('slate', 'a\nb')).toEqual(['beforeinput', 'paste']);
    expect(techniquesFor('ckeditor5', 'a')).toEqual(['paste', 'beforeinput']);
    expect(techniquesFor('unknown', 'a\nb')).toEqual(['paste', 'beforeinput', 'execCommand']);
  });
});

/** A stand-in editor: a contenteditable whose model only changes through the events it handles. */
function fakeEditor(initial: string, handles: { paste?: boolean; execCommand?: boolean }) {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.textContent = initial;
  document.body.append(element);
  const editor = { element, model: initial as string | null };
  if (handles.paste) {
    element.addEventListener('paste', (event) => {
      editor.model += (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
    });
  }
  const execCommand = vi.fn((_command: string, _ui: boolean, text: string) => {
    if (handles.execCommand) editor.model += text;
    return true;
  });
  Object.assign(document, { execCommand });
  // The hint stands for detection here (a bare div has no library marks); detection has its own tests.
  const options: InsertOptions = {
    wait: () => Promise.resolve(),
    timeoutMs: 48,
    readModel: () => editor.model,
    detect: () => null,
    clock: () => 0,
  };
  return { ...editor, editor, execCommand, options };
}

describe('insertText', () => {
  afterEach(() => {
    document.body.replaceChildren();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('pastes into library editors and reports success once the model holds the text', async () => {
    const fake = fakeEditor('Hi ', { paste: true });
    const result = await insertText(fake.element, 'Merci 🙏\nÀ bientôt', 'lexical', document, fake.options);
    expect(result).toEqual({ ok: true, technique: 'paste', editor: 'lexical', tried: ['paste'], ms: 0 });
    expect(fake.editor.model).toBe('Hi Merci 🙏\nÀ bientôt');
    expect(fake.execCommand).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(fake.element);
  });

  it('falls back to execCommand for one-line text when the paste was ignored', async () => {
    const fake = fakeEditor('Hi ', { execCommand: true });
    const result = await insertText(fake.element, 'Merci 👍🏽', 'draftjs', document, fake.options);
    expect(result).toEqual({
      ok: true,
      technique: 'execCommand',
      editor: 'draftjs',
      tried: ['paste', 'execCommand'],
      ms: 0,
    });
    expect(fake.execCommand).toHaveBeenCalledWith('insertText', false, 'Merci 👍🏽');
  });

  it('fails without a fallback for multi-line text the editor ignored', async () => {
    const fake = fakeEditor('Hi ', { execCommand: true });
    const result = await insertText(fake.element, 'a\nb', 'draftjs', document, fake.options);
    expect(result).toEqual({
      ok: false,
      reason: 'draftjs: the editor ignored paste',
      editor: 'draftjs',
      tried: ['paste'],
    });
    expect(fake.execCommand).not.toHaveBeenCalled();
  });

  it('does not retry when a changed model cannot be put back (the text could end up twice)', async () => {
    const fake = fakeEditor('Hi ', { execCommand: true });
    fake.element.addEventListener('paste', () => {
      fake.editor.model = 'Hi garbled';
    });
    const result = await insertText(fake.element, 'Merci', 'quill', document, fake.options);
    expect(result).toEqual({
      ok: false,
      reason: 'quill: after paste the box could not be put back',
      editor: 'quill',
      tried: ['paste'],
    });
    expect(fake.execCommand).not.toHaveBeenCalled();
  });

  it('does nothing when no model, not even the DOM, can be read, or the text is empty', async () => {
    const fake = fakeEditor('Hi ', { paste: true });
    const unreachable = { ...fake.options, readModel: () => null };
    expect(await insertText(fake.element, 'x', 'lexical', document, unreachable)).toMatchObject({
      ok: false,
      reason: "unknown: the editor's model is not reachable",
    });
    expect(await insertText(fake.element, '', 'lexical', document, fake.options)).toMatchObject({ ok: false });
    expect(fake.editor.model).toBe('Hi ');
  });

  it('waits for an editor that updates its model late', async () => {
    const fake = fakeEditor('Hi ', {});
    let pasted = '';
    let readsAfterPaste = 0;
    fake.element.addEventListener('paste', (event) => {
      pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    });
    // The model shows the paste only on the third read after it (an editor that batches).
    const late = { ...fake.options, readModel: () => (pasted && ++readsAfterPaste > 2 ? `Hi ${pasted}` : 'Hi ') };
    const result = await insertText(fake.element, 'a\nb', 'prosemirror', document, late);
    expect(result).toMatchObject({ ok: true, technique: 'paste' });
    // Read until it held (the third read after the paste), and once more to say so.
    expect(readsAfterPaste).toBe(4);
  });
});

describe('copyToClipboardFallback', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('uses the async Clipboard API when it is allowed', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    expect(await copyToClipboardFallback('Merci 🙏', document)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Merci 🙏');
  });

  it('falls back to a temporary textarea and execCommand("copy"), then gives focus back', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    const copied: string[] = [];
    Object.assign(document, {
      execCommand: (command: string) => {
        const area = document.activeElement as HTMLTextAreaElement;
        copied.push(`${command}:${area.value}`);
        return true;
      },
    });
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    expect(await copyToClipboardFallback('À bientôt', document)).toBe(true);
    expect(copied).toEqual(['copy:À bientôt']);
    expect(document.activeElement).toBe(box);
    expect(document.querySelectorAll('textarea')).toHaveLength(1);
  });
});

describe('insertText: a failed attempt is undone before the next', () => {
  afterEach(() => {
    document.body.replaceChildren();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('puts a plain box back, DOM and text, then tries the next technique once', async () => {
    const element = document.createElement('div');
    element.contentEditable = 'true';
    element.textContent = 'Hi ';
    document.body.append(element);
    // An unknown editor that mangles a paste (half the text), and takes execCommand.
    element.addEventListener('paste', () => element.append('Mer'));
    const execCommand = vi.fn((_command: string, _ui: boolean, text: string) => {
      element.append(text);
      return true;
    });
    Object.assign(document, { execCommand });
    const result = await insertText(element, 'Merci', 'unknown', document, {
      wait: () => Promise.resolve(),
      timeoutMs: 32,
      detect: () => ({ editor: 'unknown', root: element, mark: 'test' }),
      readModel: (el) => el.textContent,
      clock: () => 0,
    });
    expect(result).toMatchObject({
      ok: true,
      technique: 'execCommand',
      tried: ['paste', 'beforeinput', 'execCommand'],
    });
    expect(element.textContent).toBe('Hi Merci');
  });
});
