/**
 * A small schema inside a zod schema (a backup file, a message): the same checks, the same first
 * problem named by its full path. Typed as a zod schema of T in and out, like the zod it stands for.
 */
import { z } from 'zod';
import type { Schema } from '@/lib/validation/small-schema';

export function asZod<T>(schema: Schema<T>): z.ZodType<T, T> {
  return z.unknown().transform((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: value });
    }
    return z.NEVER;
  }) as unknown as z.ZodType<T, T>;
}
