// @vitest-environment happy-dom
/**
 * Guarantees: what a page or a file holds is data. Captured text is kept as text, bounded where
 * the inbox needs it; imports with wrong shapes, prototype keys or huge sizes are refused with a
 * clear error and nothing from them is stored; exports never hand a spreadsheet a formula.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/backup/format';
import { csvToEntries, entriesToCsv } from '@/lib/calendar/csv';
import { buildEntry } from '@/lib/calendar/entry';
import { icsToEntries } from '@/lib/calendar/ics';
import { buildCapture } from '@/lib/capture/build';
import { inboxToCsv } from '@/lib/inbox/csv';
import { inboxCaptureSchema, itemFromCapture } from '@/lib/inbox/item';
import { csvCell } from '@/lib/reports/csv';
import type { ScrapedPost } from '@/lib/sites/types';
import { parseImport } from '@/lib/templates/transfer';

const AT = Date.UTC(2026, 2, 12, 10);
const FORMULA = '=HYPERLINK("https://evil.example","click")';
const PAYLOAD = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';

const post = (over: Partial<ScrapedPost> = {}): ScrapedPost => ({
  network: 'x',
  id: '1',
  authorName: 'Marie',
  authorHandle: '@marie',
  authorUrl: 'https://x.com/marie',
  text: 'Bonjour',
  permalink: 'https://x.com/marie/status/1',
  kind: 'post',
  element: document.createElement('article'),
  ...over,
});
const capture = (over: Partial<ScrapedPost>) =>
  buildCapture(post(over), { pageUrl: 'https://x.com/home', account: null, capturedAt: AT });

describe('captured page content is stored as text, bounded, and never breaks the capture', () => {
  it('keeps HTML and script payloads, RTL overrides, zero-width characters and unpaired surrogates as plain text', () => {
    const text = `${PAYLOAD} \u202Egnp.exe\u202C a\u200Bb \uD800 end`;
    const request = capture({ text, authorName: PAYLOAD });
    const parsed = inboxCaptureSchema.parse(request);
    expect(parsed.text).toBe(text);
    expect(parsed.authorName).toBe(PAYLOAD);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('drops javascript: and data: links from a page, and the inbox refuses them in a message', () => {
    const request = capture({
      authorUrl: 'javascript:alert(1)',
      permalink: 'data:text/html,<script>alert(1)</script>',
    });
    expect(request?.authorUrl).toBe('');
    expect(request?.permalink).not.toMatch(/^(javascript|data):/);
    const hostile = { ...request, permalink: 'javascript:alert(1)' };
    expect(inboxCaptureSchema.safeParse(hostile).success).toBe(false);
  });

  it('cuts a 1 MB post to the inbox’s 100,000 characters instead of refusing it', () => {
    const request = capture({ text: 'é'.repeat(1_000_000) });
    expect(request?.text).toHaveLength(100_000);
    expect(inboxCaptureSchema.safeParse(request).success).toBe(true);
  });
});

describe('imports refuse hostile files with a clear error, store nothing and pollute no prototype', () => {
  it('templates JSON: __proto__ and constructor keys', () => {
    const proto = '[{"name":"a","body":"b","__proto__":{"polluted":true}}]';
    expect(parseImport(proto, AT, () => 'id')).toEqual({
      ok: false,
      path: '(file)',
      message: 'the key "__proto__" is not allowed in an imported file',
    });
    const ctor = '{"format":"cm-companion-templates","version":1,"templates":[{"constructor":{"prototype":{"x":1}}}]}';
    expect(parseImport(ctor, AT, () => 'id').ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('templates JSON: wrong types and missing fields are named by path', () => {
    const result = parseImport('[{"name":"ok","body":"b"},{"name":3,"body":"b"}]', AT, () => 'id');
    expect(result).toMatchObject({ ok: false, path: 'templates[1].name' });
    expect(parseImport('[{"body":"b"}]', AT, () => 'id')).toMatchObject({ ok: false, path: 'templates[0].name' });
  });

  it('a 50 MB file is refused before it is parsed (templates and backup)', () => {
    const huge = `[${'"x",'.repeat((50 * 1024 * 1024) / 4)}"x"]`;
    expect(parseImport(huge, AT, () => 'id')).toMatchObject({ ok: false, message: 'larger than 5 MB' });
    expect(parseBackup(huge, 2)).toEqual({ ok: false, problems: [{ path: '(file)', message: 'larger than 40 MB' }] });
  });

  it('calendar CSV: wrong types are named by row and field, and nothing is returned to store', () => {
    const csv = 'title,date,time,networks\nGood,2026-04-01,21:00,x\n,2026-04-02,25:99,myspace\n';
    const result = csvToEntries(csv, 'Europe/Paris');
    expect(result.ok).toBe(false);
  });

  it('malformed ICS gives a clear error and no crash', () => {
    for (const ics of [
      '',
      'BEGIN:VCALENDAR',
      'garbage\u0000\uD800',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:not-a-date\r\n',
    ]) {
      const result = icsToEntries(ics, 'Europe/Paris');
      if (result.ok) expect(result.entries).toEqual([]);
      else expect(result.error).toMatch(/iCalendar/);
    }
  });
});

describe('exports never hand a spreadsheet a formula (CSV injection)', () => {
  it('inbox CSV: a post’s text, author and tags starting with = + - @ are neutralised', () => {
    const request = inboxCaptureSchema.parse(capture({ text: FORMULA, authorName: '@SUM(A1)', authorHandle: '+33' }));
    const item = { ...itemFromCapture(request, undefined, AT, () => 'i1'), tags: ['-cmd'] };
    const rows = Papa.parse<string[]>(inboxToCsv([item]).replace(/^\uFEFF/, '')).data;
    const cells = rows[1] ?? [];
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain("'@SUM(A1)");
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('calendar CSV: a title or text starting with = is neutralised, and an import gives it back as typed', () => {
    const entry = buildEntry(
      { title: FORMULA, text: '+1 555', localDateTime: '2026-04-01T21:00', timeZone: 'Europe/Paris', networks: ['x'] },
      AT,
      () => 'e1',
    );
    const csv = entriesToCsv([entry]);
    const cells = Papa.parse<string[]>(csv).data[1] ?? [];
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    const back = csvToEntries(csv, 'Europe/Paris');
    expect(back.ok && back.entries[0]).toMatchObject({ title: FORMULA, text: '+1 555' });
  });

  it('report CSV: text cells are neutralised, figures (negative ones included) stay numbers', () => {
    expect(csvCell(FORMULA)).toBe(`'${FORMULA}`);
    expect(csvCell('-cmd|calc')).toBe("'-cmd|calc");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell('#livraison')).toBe('#livraison');
  });
});
