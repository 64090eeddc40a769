/**
 * JSON from a file the user picked (an import, a backup): parsed as data only. A key that could
 * reach an object's prototype (`__proto__`, `constructor`, `prototype`) refuses the whole file,
 * so nothing read from it can change how the extension's own objects behave.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonData = { ok: true; data: unknown } | { ok: false; message: string };

export function parseJsonData(text: string): JsonData {
  let forbidden: string | null = null;
  let data: unknown;
  try {
    data = JSON.parse(text, function (this: unknown, key) {
      if (forbidden === null && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return (this as Record<string, unknown>)[key];
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? `not JSON: ${error.message}` : 'not JSON' };
  }
  if (forbidden !== null) return { ok: false, message: `the key "${forbidden}" is not allowed in an imported file` };
  return { ok: true, data };
}
