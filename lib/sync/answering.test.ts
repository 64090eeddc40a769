import { describe, expect, it } from 'vitest';
import { answeringBy } from '@/lib/sync/answering';

describe('who is answering a captured post', () => {
  it('names the other member who took an open item', () => {
    expect(answeringBy({ assignee: 'Léa', status: 'to-answer' }, 'tom')).toBe('Léa');
    expect(answeringBy({ assignee: 'Léa', status: 'new' }, 'tom')).toBe('Léa');
  });

  it('says nothing for my own items, unassigned ones, and items answered or archived', () => {
    expect(answeringBy({ assignee: 'Tom', status: 'to-answer' }, 'tom')).toBeNull();
    expect(answeringBy({ assignee: ' ', status: 'to-answer' }, 'tom')).toBeNull();
    expect(answeringBy({ status: 'new' }, 'tom')).toBeNull();
    expect(answeringBy({ assignee: 'Léa', status: 'answered' }, 'tom')).toBeNull();
    expect(answeringBy({ assignee: 'Léa', status: 'archived' }, 'tom')).toBeNull();
  });
});
