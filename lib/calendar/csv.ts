/**
 * CSV import and export of calendar entries (papaparse). One row per entry; per-network variant
 * text and account in `<network>_text` / `<network>_account` columns (empty text: inherits the
 * base text). An import is all or nothing: any error and no entry is returned.
 */
import Papa from 'papaparse';
import {
  type CalendarEntry,
  type EntryInput,
  entryContent,
  entryInputSchema,
  MAX_CSV_ROWS,
} from '@/lib/calendar/entry';
import { splitLocal } from '@/lib/calendar/time';
import { NETWORKS } from '@/lib/networks';

const BASE_COLUMNS = [
  'id',
  'title',
  'text',
  'networks',
  'date',
  'time',
  'time_zone',
  'status',
  'labels',
  'campaign',
  'notes',
] as const;
export const CSV_COLUMNS: readonly string[] = [
  ...BASE_COLUMNS,
  ...NETWORKS.flatMap((network) => [`${network}_text`, `${network}_account`]),
];
const REQUIRED = ['title', 'date', 'time'];

/** One problem, named by spreadsheet row (the header is row 1) and column. */
export interface CsvIssue {
  row: number;
  field: string;
  message: string;
}

export type CsvImport = { ok: true; entries: EntryInput[] } | { ok: false; issues: CsvIssue[] };

const list = (value: string) =>
  value
    .split(/[|;]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** The CSV of the entries, columns in CSV_COLUMNS order, with a header row. */
export function entriesToCsv(entries: readonly CalendarEntry[]): string {
  const rows = entries.map((entry) => {
    const content = entryContent(entry);
    const { date, time } = splitLocal(entry.localDateTime);
    const row: Record<string, string> = {
      id: entry.id,
      title: entry.title,
      text: entry.text,
      networks: entry.networks.join('|'),
      date,
      time,
      time_zone: entry.timeZone,
      status: entry.status,
      labels: entry.labels.join('|'),
      campaign: content.campaign ?? '',
      notes: content.notes ?? '',
    };
    for (const network of NETWORKS) {
      row[`${network}_text`] = entry.variants[network]?.text ?? '';
      row[`${network}_account`] = entry.variants[network]?.account ?? '';
    }
    return CSV_COLUMNS.map((column) => row[column] ?? '');
  });
  // Formulas are neutralised so a spreadsheet never runs a cell that came from a post.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** Reads a CSV into entry inputs; `defaultZone` fills an empty time_zone. */
export function csvToEntries(csv: string, defaultZone: string): CsvImport {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    // Undoes the export's formula guard ('=…), so a round trip gives the text back unchanged.
    transform: (value) => value.replace(/^'(?=[=+\-@\t\r])/, ''),
  });
  const issues: CsvIssue[] = [];
  const header = parsed.meta.fields ?? [];
  for (const column of header) {
    if (!CSV_COLUMNS.includes(column)) issues.push({ row: 1, field: column, message: 'unknown column' });
  }
  for (const column of REQUIRED) {
    if (!header.includes(column)) issues.push({ row: 1, field: column, message: 'required column missing' });
  }
  for (const error of parsed.errors) {
    issues.push({ row: (error.row ?? 0) + 2, field: '', message: error.message });
  }
  if (parsed.data.length > MAX_CSV_ROWS) {
    issues.push({ row: MAX_CSV_ROWS + 2, field: '', message: `more than ${MAX_CSV_ROWS} rows` });
  }
  if (issues.length > 0) return { ok: false, issues };

  const entries: EntryInput[] = [];
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2;
    const cell = (column: string) => (row[column] ?? '').trim();
    const variants: EntryInput['variants'] = {};
    for (const network of NETWORKS) {
      const text = row[`${network}_text`] ?? '';
      const account = cell(`${network}_account`);
      if (text !== '' || account !== '') {
        variants[network] = { ...(text !== '' ? { text } : {}), ...(account ? { account } : {}) };
      }
    }
    const candidate = {
      ...(cell('id') ? { id: cell('id') } : {}),
      title: cell('title'),
      text: row.text ?? '',
      networks: list(cell('networks').toLowerCase()),
      variants,
      localDateTime: `${cell('date')}T${cell('time').padStart(5, '0')}`,
      timeZone: cell('time_zone') || defaultZone,
      status: cell('status').toLowerCase() || 'draft',
      labels: list(cell('labels')),
      campaign: cell('campaign'),
      notes: row.notes ?? '',
    };
    const result = entryInputSchema.safeParse(candidate);
    if (result.success) {
      entries.push({ ...result.data, ...(candidate.id ? {} : { id: undefined }) });
      return;
    }
    for (const issue of result.error.issues) {
      issues.push({ row: rowNumber, field: csvField(issue.path), message: issue.message });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, entries };
}

/** Names the CSV column an entry field came from. */
function csvField(path: readonly PropertyKey[]): string {
  const [head, network, part] = path.map(String);
  if (head === 'localDateTime') return 'date/time';
  if (head === 'timeZone') return 'time_zone';
  if (head === 'variants' && network) return `${network}_${part ?? 'text'}`;
  return head ?? '';
}
