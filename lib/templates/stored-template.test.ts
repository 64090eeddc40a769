import { describe, expect, it } from 'vitest';
import { NETWORKS } from '@/lib/networks';
import { TEMPLATE_LANGUAGES, templateSchema } from '@/lib/templates/model';
import { parseStoredTemplate, STORED_LANGUAGES } from '@/lib/templates/stored-template';

/** What the zod schema answers for one stored entry. */
const withZod = (entry: unknown) => templateSchema.safeParse(entry).data ?? null;

const valid = {
  id: 't1',
  name: 'Merci',
  shortcut: 'merci',
  body: 'Bonjour {author.firstName}, merci !',
  tags: ['support'],
  networks: ['x'],
  language: 'fr',
  useCount: 2,
  lastUsedAt: 5,
  createdAt: 1,
  updatedAt: 2,
  team: true,
};

/** Each field's edge values, good and bad, one change at a time from a valid template. */
const variants: Record<string, unknown[]> = {
  id: [undefined, '', 'x'.repeat(100), 'x'.repeat(101), 3, null],
  name: [undefined, '', '  ', '  Merci  ', 'x'.repeat(120), ` ${'x'.repeat(120)} `, 'x'.repeat(121), 7],
  body: [undefined, '', ' ', 'x'.repeat(10_000), 'x'.repeat(10_001), {}],
  shortcut: [undefined, '', '  mer ', 'mé-rci_2', 'mer ci', 'x'.repeat(40), 'x'.repeat(41), ' ;; ', null, 4],
  tags: [undefined, [], ['  a  '], [''], ['  '], ['x'.repeat(41)], Array(20).fill('a'), Array(21).fill('a'), 'a', [1]],
  networks: [undefined, [], ['x', 'linkedin'], ['myspace'], Array(21).fill('x'), 'x'],
  language: [undefined, 'any', 'en', 'de', null],
  useCount: [undefined, 0, 3, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', null],
  lastUsedAt: [undefined, null, 0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1'],
  createdAt: [undefined, 0, 1.5, Number.NaN, Number.NEGATIVE_INFINITY, null],
  updatedAt: [undefined, 3, Number.NaN, '3'],
  team: [undefined, false, true, 'yes', null, 0],
  extra: ['kept out', undefined],
};

describe('a stored template validated without zod', () => {
  it('answers exactly as templateSchema for each field’s edge values', () => {
    const cases: unknown[] = [valid, null, undefined, 3, 'template', [], [valid]];
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values) cases.push({ ...valid, [field]: value });
      cases.push(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)));
    }
    for (const entry of cases) expect(parseStoredTemplate(entry), JSON.stringify(entry)).toEqual(withZod(entry));
  });

  it('keeps `__proto__` in the input as data and drops unknown keys', () => {
    const entry = JSON.parse(`{"id":"a","name":"n","body":"b","createdAt":1,"updatedAt":1,"__proto__":{"polluted":1}}`);
    const parsed = parseStoredTemplate(entry);
    expect(parsed).toEqual(withZod(entry));
    expect(Object.keys(parsed ?? {})).not.toContain('__proto__');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('knows the same languages and networks as the schema', () => {
    expect(STORED_LANGUAGES).toEqual(TEMPLATE_LANGUAGES);
    for (const network of NETWORKS) expect(parseStoredTemplate({ ...valid, networks: [network] })).not.toBeNull();
  });
});
