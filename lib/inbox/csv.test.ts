import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRow, inboxToCsv, neutralizeFormula, parseInboxCsv } from '@/lib/inbox/csv';
import { makeItem } from '@/lib/inbox/test-items';

const tricky = [
  makeItem(1, {
    text: 'Ligne 1, avec "guillemets"\nLigne 2 ; point-virgule — été 📦',
    authorName: 'Zoé "Z" Martin',
    tags: ['livraison', 'urgent'],
    notes: 'Rappeler\r\ndemain',
    answeredAt: 1_700_000_000_000 + 60_000 + 90 * 60_000,
    sentiment: 'complaint',
  }),
  makeItem(2, { text: '=HYPERLINK("http://evil")', authorHandle: '@x' }),
];

describe('inbox CSV', () => {
  it('starts with a BOM, quotes every field and uses CRLF', () => {
    const csv = inboxToCsv(tricky);
    expect(csv.startsWith('\uFEFF"network","status"')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.map((column) => `"${column}"`).join(',')}`);
    expect(csv).toContain('"Zoé ""Z"" Martin"');
  });

  it('parses back to the same rows (round trip)', () => {
    const rows = parseInboxCsv(inboxToCsv(tricky));
    expect(rows).toEqual(tricky.map(csvRow));
    expect(rows[0]?.text).toBe(tricky[0]?.text);
    expect(rows[0]?.notes).toBe('Rappeler\r\ndemain');
    expect(rows[0]?.responseMinutes).toBe('90');
    expect(rows[0]?.tags).toBe('livraison, urgent');
  });

  it('keeps page text from becoming a spreadsheet formula', () => {
    expect(parseInboxCsv(inboxToCsv(tricky))[1]?.text).toBe('\'=HYPERLINK("http://evil")');
    expect(neutralizeFormula('-1')).toBe("'-1");
    expect(neutralizeFormula('Bonjour')).toBe('Bonjour');
  });
});
