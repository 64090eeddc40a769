import { Schema } from '@tiptap/pm/model';
import { ContentState, EditorState } from 'draft-js';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { lexicalJsonText, proseMirrorText, textOfDraftState } from '@/lib/dom/model-text';

describe('textOfDraftState', () => {
  it('reads a real Draft.js EditorState, one line per block', () => {
    const state = EditorState.createWithContent(ContentState.createFromText('Hi 🙏\nÀ bientôt'));
    expect(textOfDraftState(state)).toBe('Hi 🙏\nÀ bientôt');
  });

  it('returns null for anything else', () => {
    expect(textOfDraftState(undefined)).toBeNull();
    expect(textOfDraftState({ getCurrentContent: () => ({}) })).toBeNull();
  });
});

describe('lexicalJsonText', () => {
  it('reads the serialized state of a real Lexical editor: paragraphs and line breaks', () => {
    const editor = createEditor({ onError: (error) => Promise.reject(error) });
    editor.update(
      () => {
        const first = $createParagraphNode().append($createTextNode('Hi Merci 🙏'), $createLineBreakNode());
        first.append($createTextNode('ligne'));
        $getRoot().append(first, $createParagraphNode().append($createTextNode('À bientôt')));
      },
      { discrete: true },
    );
    expect(lexicalJsonText(editor.getEditorState().toJSON().root)).toBe('Hi Merci 🙏\nligne\nÀ bientôt');
  });

  it('puts nested blocks (list items) on their own lines', () => {
    const root = {
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Points:' }] },
        {
          type: 'list',
          children: [
            { type: 'listitem', children: [{ type: 'text', text: 'un' }] },
            { type: 'listitem', children: [{ type: 'text', text: 'deux' }] },
          ],
        },
      ],
    };
    expect(lexicalJsonText(root)).toBe('Points:\nun\ndeux');
    expect(lexicalJsonText({})).toBeNull();
  });
});

describe('proseMirrorText', () => {
  const schema = new Schema({
    nodes: {
      doc: { content: 'block+' },
      paragraph: { group: 'block', content: 'inline*' },
      text: { group: 'inline' },
      hardBreak: { group: 'inline', inline: true },
    },
  });

  it('separates blocks and hard breaks with one newline', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('Hi '), schema.node('hardBreak'), schema.text('là')]),
      schema.node('paragraph', null, [schema.text('À bientôt 👍🏽')]),
    ]);
    expect(proseMirrorText(doc)).toBe('Hi \nlà\nÀ bientôt 👍🏽');
    expect(proseMirrorText({ textBetween: 'no' })).toBeNull();
  });
});
