import { describe, expect, it } from 'vitest';
import type { InboxItem } from '@/lib/inbox/item';
import { privateInvitationTemplate, renderPrivateInvitation } from '@/lib/inbox/private-invitation';
import type { Template } from '@/lib/templates/model';
import { starterTemplates } from '@/lib/templates/starter';

const item = (text: string): InboxItem =>
  ({
    id: 'i1',
    key: 'x:1',
    network: 'x',
    postId: '1',
    permalink: 'https://x.com/marie/status/1',
    authorName: 'Marie Dupont',
    authorHandle: '@marie',
    authorUrl: 'https://x.com/marie',
    text,
    pageUrl: 'https://x.com/home',
    kind: 'post',
    capturedAt: 0,
    updatedAt: 0,
    status: 'new',
    tags: [],
  }) as InboxItem;

describe('private invitation', () => {
  const starters = starterTemplates(0);

  it('uses the starter apology in the language of the comment, filled in', () => {
    const french = item('Ma commande n’est toujours pas arrivée, c’est inadmissible');
    const template = privateInvitationTemplate(starters, french);
    expect(template?.id).toBe('starter-apology-fr');
    const text = renderPrivateInvitation(template as Template, french, 'Acme', new Date(0), 'fr');
    expect(text).toContain('Bonjour Marie');
    expect(text).toContain('message privé');
    expect(text).toContain('Acme');
    expect(text).not.toMatch(/[{}]/);
    expect(privateInvitationTemplate(starters, item('My order still has not arrived, this is awful'))?.id).toBe(
      'starter-apology-en',
    );
  });

  it("prefers the user's own template tagged for private messages", () => {
    const own = {
      ...starters[0],
      id: 'mine',
      tags: ['DM'],
      language: 'any',
      body: 'Écrivez-nous en MP, {author.firstName} !',
    };
    const template = privateInvitationTemplate(
      [...starters, own as Template],
      item('Bonjour, un souci avec ma commande'),
    );
    expect(template?.id).toBe('mine');
  });
});
