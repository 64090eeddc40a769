import { describe, expect, it } from 'vitest';
import { starterTemplates } from '@/lib/templates/starter';
import { exportTemplates, mergeImport, parseImport } from '@/lib/templates/transfer';

let counter = 0;
const newId = () => `new-${++counter}`;

describe('import and export', () => {
  it('round-trips an export', () => {
    const templates = starterTemplates(5);
    const result = parseImport(exportTemplates(templates, 10), 99, newId);
    expect(result).toEqual({ ok: true, templates });
  });

  it('accepts a bare list with only name and body, completing the rest', () => {
    const result = parseImport(JSON.stringify([{ name: 'Hi', body: 'Hello {author.firstName}' }]), 7, newId);
    expect(result.ok && result.templates[0]).toMatchObject({
      name: 'Hi',
      shortcut: '',
      tags: [],
      networks: [],
      language: 'any',
      useCount: 0,
      lastUsedAt: null,
      createdAt: 7,
    });
  });

  it('names the first bad field and imports nothing', () => {
    const file = {
      format: 'cm-companion-templates',
      version: 1,
      templates: [{ name: 'ok', body: 'fine' }, { name: 'bad', body: 'x', language: 'de' }, { name: '' }],
    };
    const result = parseImport(JSON.stringify(file), 0, newId);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.path).toBe('templates[1].language');
    const networks = parseImport(JSON.stringify([{ name: 'n', body: 'b', networks: ['x', 'myspace'] }]), 0, newId);
    expect(!networks.ok && networks.path).toBe('templates[0].networks[1]');
  });

  it('refuses what is not JSON or not a template file', () => {
    expect(parseImport('{nope', 0, newId)).toMatchObject({ ok: false, path: '(file)' });
    expect(parseImport('{"hello":1}', 0, newId)).toMatchObject({ ok: false, path: '(file)' });
  });

  it('replaces templates with the same id and adds the others', () => {
    const [a, b] = starterTemplates(0);
    if (!a || !b) throw new Error('starter set');
    const merged = mergeImport(
      [a, b],
      [
        { ...a, name: 'edited' },
        { ...b, id: 'other' },
      ],
    );
    expect(merged.map((template) => [template.id, template.name])).toEqual([
      [a.id, 'edited'],
      [b.id, b.name],
      ['other', b.name],
    ]);
  });
});
