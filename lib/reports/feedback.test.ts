import { describe, expect, it } from 'vitest';
import { departmentDigest, departmentsFor, forwardDraft, mailtoUrl } from '@/lib/reports/feedback';
import type { Department } from '@/lib/reports/settings';
import { item, parisDays } from '@/lib/reports/test-data';

const logistics: Department = {
  id: 'log',
  name: 'Logistics',
  email: 'logistique@acme.example',
  topics: ['livraison', 'colis'],
};
const sales: Department = { id: 'sales', name: 'Sales', email: '', topics: ['prix'] };
const week = parisDays('2026-03-23', '2026-03-29');

describe('feedback to departments', () => {
  it('maps items to departments by tag or by word', () => {
    expect(departmentsFor(item('2026-03-24T10:00', { tags: ['Livraison'] }), [logistics, sales])).toEqual([logistics]);
    expect(departmentsFor(item('2026-03-24T10:00', { text: 'Le prix du colis ?' }), [logistics, sales])).toEqual([
      logistics,
      sales,
    ]);
    expect(departmentsFor(item('2026-03-24T10:00', { text: 'Merci !' }), [logistics, sales])).toEqual([]);
  });

  it('drafts a plain-text e-mail with the post, author, network, link and note', () => {
    const mention = item('2026-03-24T10:00', {
      text: 'Mon colis n’est pas arrivé & j’attends',
      authorName: 'Marie Dupont',
      authorHandle: '@marie',
      permalink: 'https://x.com/marie/status/1',
    });
    const labels = {
      subject: (author: string, network: string) => `Retour client : ${author} sur ${network}`,
      author: 'Auteur',
      network: 'Réseau',
      link: 'Lien',
      note: 'Note',
      captured: 'Capturé le',
    };
    const url = forwardDraft(mention, logistics, 'Client fidèle', labels, () => '24/03/2026');
    expect(url.startsWith('mailto:logistique@acme.example?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Retour client : Marie Dupont sur X');
    expect(params.get('body')).toBe(
      'Mon colis n’est pas arrivé & j’attends\n\nAuteur: Marie Dupont (@marie)\nRéseau: X\nCapturé le: 24/03/2026\nLien: https://x.com/marie/status/1\n\nNote:\nClient fidèle',
    );
    expect(mailtoUrl('', 's', 'x'.repeat(5000)).length).toBeLessThan(1900 * 3);
  });

  it('a digest counts the department’s items and puts the negative, most shared ones first', () => {
    const items = [
      item('2026-03-23T10:00', { tags: ['livraison'], sentiment: 'positive' }),
      item('2026-03-24T10:00', { tags: ['livraison'], text: 'colis perdu', sentiment: 'complaint' }),
      item('2026-03-25T10:00', { text: 'prix trop élevé' }),
      item('2026-03-30T10:00', { tags: ['livraison'] }), // next week
    ];
    const digest = departmentDigest(items, logistics, week, 5);
    expect(digest.total).toBe(2);
    expect(digest.map.counts).toMatchObject({ positive: 1, complaint: 1 });
    expect(digest.representative.map((each) => each.sentiment)).toEqual(['complaint', 'positive']);
    expect(departmentDigest([], logistics, week).total).toBe(0);
  });
});

describe('the digest as text', () => {
  it('writes Markdown with counts, topics, sentiments and links, and the same as an e-mail draft', async () => {
    const { digestMailto, digestMarkdown } = await import('@/lib/reports/digest-text');
    const items = [
      item('2026-03-24T10:00', {
        tags: ['livraison'],
        text: 'Colis\nperdu',
        sentiment: 'complaint',
        authorName: 'Marie',
        permalink: 'https://x.com/marie/status/1',
      }),
    ];
    const digest = departmentDigest(items, logistics, week);
    const labels = {
      title: 'Remontées pour Logistics',
      period: '23 – 29 mars 2026',
      counts: '1 élément',
      byTopic: 'Par sujet',
      bySentiment: 'Par sentiment',
      representative: 'Éléments représentatifs',
      sentiment: (key: string) => (key === 'complaint' ? 'Réclamation' : key),
      subject: 'Remontées clients pour Logistics',
    };
    const markdown = digestMarkdown(digest, labels);
    expect(markdown).toContain('## Remontées pour Logistics');
    expect(markdown).toContain('- livraison: 1');
    expect(markdown).toContain('- Réclamation: 1');
    expect(markdown).toContain('- “Colis perdu” (Marie, X) https://x.com/marie/status/1');
    const url = digestMailto(digest, labels);
    expect(url.startsWith('mailto:logistique@acme.example?subject=')).toBe(true);
    expect(new URLSearchParams(url.split('?')[1]).get('body')).toBe(markdown);
  });
});
