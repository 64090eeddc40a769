import { describe, expect, it } from 'vitest';
import {
  draftKey,
  type EditDraft,
  MAX_DRAFT_CHARS,
  MAX_EDIT_DRAFTS,
  parseDrafts,
  withDraft,
  withoutDraft,
} from '@/lib/drafts/edit-draft';

const draft = (key: string, savedAt = 1, value: unknown = { body: 'x' }): EditDraft => ({
  key,
  kind: 'template',
  label: 'Merci',
  value,
  savedAt,
});

describe('edit drafts', () => {
  it('names a draft by kind and record, "new" for a record not created yet', () => {
    expect(draftKey('template', 't1')).toBe('template:t1');
    expect(draftKey('calendar', undefined)).toBe('calendar:new');
    expect(draftKey('inboxNote', 'x:42')).toBe('inboxNote:x:42');
  });

  it('keeps one draft per key, the newest first, and at most MAX_EDIT_DRAFTS', () => {
    let drafts: EditDraft[] = [];
    for (let index = 0; index < MAX_EDIT_DRAFTS + 5; index++)
      drafts = withDraft(drafts, draft(`template:${index}`, index));
    expect(drafts).toHaveLength(MAX_EDIT_DRAFTS);
    expect(drafts[0]?.key).toBe(`template:${MAX_EDIT_DRAFTS + 4}`);
    drafts = withDraft(drafts, draft('template:10', 999, { body: 'later' }));
    expect(drafts.filter((one) => one.key === 'template:10')).toEqual([draft('template:10', 999, { body: 'later' })]);
    expect(withoutDraft(drafts, 'template:10').some((one) => one.key === 'template:10')).toBe(false);
  });

  it('reads only valid drafts from storage, dropping a damaged or oversized one and keeping the rest', () => {
    const stored = [
      draft('template:a'),
      { key: '', kind: 'template', label: '', value: 1, savedAt: 1 },
      { ...draft('template:b'), kind: 'other' },
      draft('template:c', 1, 'x'.repeat(MAX_DRAFT_CHARS + 1)),
      draft('inboxNote:x:1', 2, 'Call back'),
    ];
    expect(parseDrafts(stored).map((one) => one.key)).toEqual(['template:a', 'inboxNote:x:1']);
    expect(parseDrafts({ not: 'a list' })).toEqual([]);
  });
});
