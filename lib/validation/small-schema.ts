/**
 * A few hundred bytes of validation for what every content script reads: settings, the accounts
 * registry, hand-overs in storage and the background's answers. zod (even zod/mini, ≈ 6.5 kB gzip)
 * would be most of a content script's weight (issue 14: ≤ 30 kB on every page). The domain
 * declares these shapes once, here; the background's zod schemas embed them with `asZod`
 * (lib/validation/as-zod.ts), so a backup or a message names the same first problem by its path.
 *
 * Semantics follow zod's for the subset used: objects keep only declared keys (a fresh object, so
 * `__proto__` in the input stays data), numbers are finite, `fallback` is zod's `catch`.
 */

export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type SafeResult<T> = { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };

const INVALID: unique symbol = Symbol('invalid');
type Run<T> = (value: unknown, path: PropertyKey[], issues: Issue[]) => T | typeof INVALID;

export interface Schema<T> {
  /** Internal: checks at a path, recording issues. */
  readonly run: Run<T>;
  /** True when an object may lack the key (optional, or a fallback around an optional). */
  readonly optional: boolean;
  safeParse(value: unknown): SafeResult<T>;
  /** The value, checked; throws the first issue. */
  parse(value: unknown): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function make<T>(run: Run<T>, optional = false): Schema<T> {
  const safeParse = (value: unknown): SafeResult<T> => {
    const issues: Issue[] = [];
    const data = run(value, [], issues);
    return data === INVALID ? { success: false, error: { issues } } : { success: true, data };
  };
  return {
    run,
    optional,
    safeParse,
    parse(value) {
      const result = safeParse(value);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      throw new TypeError(`${issue?.path.join('.') || '(value)'}: ${issue?.message}`);
    },
  };
}

function invalid(issues: Issue[], path: PropertyKey[], message: string): typeof INVALID {
  issues.push({ path: [...path], message });
  return INVALID;
}

function sized(length: number, min: number | undefined, max: number | undefined): string | null {
  if (min !== undefined && length < min) return `too small: expected at least ${min}`;
  if (max !== undefined && length > max) return `too big: expected at most ${max}`;
  return null;
}

export function string(rules: { min?: number; max?: number; pattern?: RegExp } = {}): Schema<string> {
  return make((value, path, issues) => {
    if (typeof value !== 'string') return invalid(issues, path, 'expected string');
    const size = sized(value.length, rules.min, rules.max);
    if (size) return invalid(issues, path, size);
    if (rules.pattern && !rules.pattern.test(value)) return invalid(issues, path, 'invalid string: does not match');
    return value;
  });
}

export function number(rules: { int?: boolean; min?: number; max?: number } = {}): Schema<number> {
  return make((value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(issues, path, 'expected number');
    if (rules.int && !Number.isInteger(value)) return invalid(issues, path, 'expected int');
    if (rules.min !== undefined && value < rules.min)
      return invalid(issues, path, `too small: expected >= ${rules.min}`);
    if (rules.max !== undefined && value > rules.max) return invalid(issues, path, `too big: expected <= ${rules.max}`);
    return value;
  });
}

/** Any value, left to its reader to check (stored templates, each validated when it is read). */
export function anything(): Schema<unknown> {
  return make((value) => value);
}

export function boolean(): Schema<boolean> {
  return make((value, path, issues) =>
    typeof value === 'boolean' ? value : invalid(issues, path, 'expected boolean'),
  );
}

/** A string, a finite number or a boolean. */
export function primitive(): Schema<string | number | boolean> {
  return make((value, path, issues) =>
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
      ? value
      : invalid(issues, path, 'expected string, number or boolean'),
  );
}

export function oneOf<const V extends readonly string[]>(values: V): Schema<V[number]> {
  return make((value, path, issues) =>
    values.includes(value as string)
      ? (value as V[number])
      : invalid(issues, path, `expected one of ${values.join('|')}`),
  );
}

export function array<T>(item: Schema<T>, rules: { min?: number; max?: number } = {}): Schema<T[]> {
  return make((value, path, issues) => {
    if (!Array.isArray(value)) return invalid(issues, path, 'expected array');
    const out: T[] = [];
    let bad = false;
    value.forEach((entry, index) => {
      const checked = item.run(entry, [...path, index], issues);
      if (checked === INVALID) bad = true;
      else out.push(checked);
    });
    const size = sized(value.length, rules.min, rules.max);
    if (size) return invalid(issues, path, size);
    return bad ? INVALID : out;
  });
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object of the declared keys only; an absent optional key stays absent. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return make((value, path, issues) => {
    if (!isPlainRecord(value)) return invalid(issues, path, 'expected object');
    const out: Record<string, unknown> = {};
    let bad = false;
    for (const key of Object.keys(shape)) {
      const field = shape[key] as Schema<unknown>;
      const given = value[key];
      if (given === undefined && field.optional && !(key in value)) continue;
      const checked = field.run(given, [...path, key], issues);
      if (checked === INVALID) bad = true;
      else Object.defineProperty(out, key, { value: checked, enumerable: true, writable: true, configurable: true });
    }
    return bad ? INVALID : (out as ObjectOf<S>);
  });
}

/** A map from any string key to values of one shape. */
export function record<T>(values: Schema<T>): Schema<Record<string, T>> {
  return make((value, path, issues) => {
    if (!isPlainRecord(value)) return invalid(issues, path, 'expected record');
    const out: Record<string, T> = {};
    let bad = false;
    for (const key of Object.keys(value)) {
      const checked = values.run(value[key], [...path, key], issues);
      if (checked === INVALID) bad = true;
      else Object.defineProperty(out, key, { value: checked, enumerable: true, writable: true, configurable: true });
    }
    return bad ? INVALID : out;
  });
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return make((value, path, issues) => (value === null ? null : inner.run(value, path, issues)), inner.optional);
}

export type Optional<T> = Schema<T | undefined> & { readonly optional: true };

export function optional<T>(inner: Schema<T>): Optional<T> {
  return make<T | undefined>((value, path, issues) =>
    value === undefined ? undefined : inner.run(value, path, issues),
  ) as Optional<T>;
}

/** zod's `catch`: a value that does not match becomes the fallback, with no issue. */
export function fallback<S extends Schema<unknown>>(inner: S, value: Infer<S>): S {
  return make((given, path) => {
    const checked = inner.run(given, path, []);
    return checked === INVALID ? value : checked;
  }, inner.optional) as S;
}
