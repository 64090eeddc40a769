/**
 * CSV export of the inbox. UTF-8 with a byte-order mark and CRLF lines, every field quoted, so
 * Excel and LibreOffice open accents, emoji, commas and line breaks inside posts correctly.
 */
import Papa from 'papaparse';
import type { InboxItem } from '@/lib/inbox/item';

/** Columns in export order. Header names stay English: spreadsheets and scripts key on them. */
export const CSV_COLUMNS = [
  'network',
  'status',
  'sentiment',
  'authorName',
  'authorHandle',
  'text',
  'permalink',
  'capturedAt',
  'publishedAt',
  'answeredAt',
  'responseMinutes',
  'assignee',
  'tags',
  'notes',
  'movedToPrivateAt',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula: page text must not become one
 * (CSV injection), so such cells get a leading apostrophe, which they display as text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One item as a CSV row of strings. */
export function csvRow(item: InboxItem): Record<CsvColumn, string> {
  const response =
    item.answeredAt === undefined ? '' : String(Math.round((item.answeredAt - item.capturedAt) / 60_000));
  const row: Record<CsvColumn, string> = {
    network: item.network,
    status: item.status,
    sentiment: item.sentiment ?? '',
    authorName: item.authorName,
    authorHandle: item.authorHandle,
    text: item.text,
    permalink: item.permalink,
    capturedAt: iso(item.capturedAt),
    publishedAt: item.publishedAt ?? '',
    answeredAt: iso(item.answeredAt),
    responseMinutes: response,
    assignee: item.assignee ?? '',
    tags: item.tags.join(', '),
    notes: item.notes ?? '',
    movedToPrivateAt: iso(item.movedToPrivateAt),
  };
  for (const column of ['authorName', 'authorHandle', 'text', 'assignee', 'tags', 'notes'] as const) {
    row[column] = neutralizeFormula(row[column]);
  }
  return row;
}

/** The whole file's text, starting with the BOM. */
export function inboxToCsv(items: readonly InboxItem[]): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: items.map((item) => CSV_COLUMNS.map((column) => csvRow(item)[column])) },
    { quotes: true, newline: '\r\n' },
  );
  return `\uFEFF${body}\r\n`;
}

/** Reads an exported file back into rows (for tests and a later import). */
export function parseInboxCsv(text: string): Record<CsvColumn, string>[] {
  const parsed = Papa.parse<Record<CsvColumn, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

/** A file name with the date, e.g. inbox-2026-11-25.csv. */
export function csvFileName(now: Date): string {
  return `inbox-${now.toISOString().slice(0, 10)}.csv`;
}
