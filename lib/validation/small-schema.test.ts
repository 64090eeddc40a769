import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredAccountSchema } from '@/lib/guard/accounts';
import { asZod } from '@/lib/validation/as-zod';
import {
  array,
  boolean,
  fallback,
  nullable,
  number,
  object,
  oneOf,
  optional,
  primitive,
  record,
  type Schema,
  string,
} from '@/lib/validation/small-schema';

/** The same shape in both: every input must get the same verdict and the same data. */
const pairs: [string, Schema<unknown>, z.ZodType][] = [
  ['string', string({ min: 1, max: 3 }), z.string().min(1).max(3)],
  ['pattern', string({ pattern: /^#[0-9a-f]{2}$/ }), z.string().regex(/^#[0-9a-f]{2}$/)],
  ['number', number(), z.number()],
  ['int in range', number({ int: true, min: 1, max: 7 }), z.number().int().min(1).max(7)],
  ['boolean', boolean(), z.boolean()],
  ['enum', oneOf(['a', 'b']), z.enum(['a', 'b'])],
  ['array', array(number(), { min: 1, max: 2 }), z.array(z.number()).min(1).max(2)],
  ['nullable', nullable(string()), z.string().nullable()],
  ['record', record(number()), z.record(z.string(), z.number())],
  ['primitive', primitive(), z.union([z.string(), z.number(), z.boolean()])],
  [
    'page globals',
    record(nullable(record(primitive()))),
    z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable()),
  ],
  [
    'object',
    object({ a: string(), b: optional(number()), c: fallback(boolean(), true), d: nullable(string()) }),
    z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().catch(true), d: z.string().nullable() }),
  ],
  [
    'nested fallback',
    object({
      list: fallback(array(string({ min: 1 }), { max: 2 }), []),
      hours: fallback(optional(object({ n: number() })), undefined),
    }),
    z.object({
      list: z.array(z.string().min(1)).max(2).catch([]),
      hours: z.object({ n: z.number() }).optional().catch(undefined),
    }),
  ],
];

const inputs: unknown[] = [
  undefined,
  null,
  0,
  1,
  3,
  7,
  8,
  1.5,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'a',
  'b',
  'abcd',
  '#0f',
  '#0F',
  true,
  false,
  [],
  [1],
  [1, 2],
  [1, 2, 3],
  ['x'],
  [''],
  ['a', 'b', 'c'],
  {},
  { a: 'x' },
  { a: 'x', b: 2, c: false, d: null },
  { a: 'x', b: 'two', c: 'no', d: 'y', extra: 1 },
  { a: 1 },
  { a: 'x', d: null, b: undefined },
  { list: ['ok', ''], hours: { n: 1 } },
  { list: ['ok'], hours: { n: 'one' } },
  { list: 'nope' },
  { x: 1, y: 2 },
  { x: 'one' },
  { ytcfg: { LOGGED_IN: true, SESSION_INDEX: 0, HL: 'fr' }, other: null },
  { ytcfg: { nested: { no: 1 } } },
  { ytcfg: [] },
  JSON.parse('{"__proto__": {"polluted": true}, "a": "x", "d": null}'),
];

describe('small schemas agree with zod', () => {
  for (const [name, small, zod] of pairs) {
    it(`${name}: same verdict and data on every input`, () => {
      for (const input of inputs) {
        const ours = small.safeParse(input);
        const theirs = zod.safeParse(input);
        expect({ input, success: ours.success }).toEqual({ input, success: theirs.success });
        if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
      }
    });
  }
});

describe('small schemas', () => {
  it('name the path of the first problem', () => {
    const result = object({ accounts: array(object({ handle: string({ min: 1 }) })) }).safeParse({
      accounts: [{ handle: 'ok' }, { handle: '' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['accounts', 1, 'handle']);
  });

  it('keep __proto__ in the input as data, never as the prototype of what they return', () => {
    const parsed = record(boolean()).parse(JSON.parse('{"__proto__": true, "ok": false}'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throw the first problem from parse', () => {
    expect(() => object({ n: number() }).parse({ n: 'x' })).toThrow('n: expected number');
  });

  it('inside zod (a backup, a message) report the same path', () => {
    const backup = z.object({ accounts: z.array(asZod(registeredAccountSchema)) });
    const result = backup.safeParse({ accounts: [{ id: 'a', network: 'x', handle: '', role: 'brand' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['accounts', 0, 'handle']);
    const ok = backup.parse({ accounts: [{ id: 'a', network: 'x', handle: '@acme', role: 'brand', colour: 'red' }] });
    expect(ok.accounts[0]).toMatchObject({
      handle: '@acme',
      colour: '#0b63ce',
      brandKeywords: [],
      alwaysConfirm: false,
    });
  });
});
