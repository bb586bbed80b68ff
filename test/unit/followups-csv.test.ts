/**
 * Follow-ups as CSV: RFC 4180 quoting, CRLF line ends, dates as YYYY-MM-DD, and no field a
 * spreadsheet would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { followUpsCsv } from '@/lib/followups/csv';
import type { FollowUp } from '@/lib/followups/types';

const HEADER = 'Due,State,Kind,Platform,Reviewer,Promise,Page,Created\r\n';

function fu(more: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'x',
    platform: 'google',
    url: 'https://biz.example/reviews/1',
    reviewer: 'Dana',
    promise: 'refund the charge',
    due: '2026-12-11',
    state: 'open',
    kind: 'promise',
    createdAt: new Date(2026, 11, 6, 10, 0).getTime(),
    ...more,
  };
}

/** A plain RFC 4180 reader, written here so the round trip does not trust the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last line not ended with CRLF');
  return rows;
}

describe('followUpsCsv', () => {
  it('is the header alone when there are no follow-ups', () => {
    expect(followUpsCsv([])).toBe(HEADER);
  });

  it('writes one CRLF-ended line per follow-up, in the order given, dates as YYYY-MM-DD', () => {
    const csv = followUpsCsv([
      fu(),
      fu({
        reviewer: undefined,
        platform: 'yelp',
        promise: 'check in: call you back',
        kind: 'check-in',
        state: 'done',
        due: '2027-01-01',
        url: 'https://www.yelp.com/biz/sunny?hrid=abc',
        createdAt: new Date(2026, 11, 31, 23, 59).getTime(),
      }),
    ]);
    expect(csv).toBe(
      `${HEADER}` +
        '2026-12-11,open,promise,google,Dana,refund the charge,https://biz.example/reviews/1,2026-12-06\r\n' +
        '2027-01-01,done,check-in,yelp,,check in: call you back,https://www.yelp.com/biz/sunny?hrid=abc,2026-12-31\r\n',
    );
  });

  it('dates a follow-up added just after midnight on New Year’s Day in the new year', () => {
    const csv = followUpsCsv([fu({ createdAt: new Date(2027, 0, 1, 0, 1).getTime() })]);
    expect(csv.split('\r\n')[1]).toMatch(/,2027-01-01$/);
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    const csv = followUpsCsv([
      fu({ reviewer: 'Lee, Jr.', promise: 'send the "big" voucher', url: 'https://biz.example/a,b' }),
      fu({ reviewer: 'Ann', promise: 'fix the sign\nand the door\r\nsoon' }),
    ]);
    expect(csv).toBe(
      `${HEADER}` +
        '2026-12-11,open,promise,google,"Lee, Jr.","send the ""big"" voucher","https://biz.example/a,b",2026-12-06\r\n' +
        '2026-12-11,open,promise,google,Ann,"fix the sign\nand the door\r\nsoon",https://biz.example/reviews/1,2026-12-06\r\n',
    );
  });

  it('puts a quote mark before anything a spreadsheet would take for a formula', () => {
    const line = (f: Partial<FollowUp>) => followUpsCsv([fu(f)]).slice(HEADER.length);
    expect(line({ reviewer: '=HYPERLINK("http://evil.example","Dana")' })).toBe(
      `2026-12-11,open,promise,google,"'=HYPERLINK(""http://evil.example"",""Dana"")",refund the charge,https://biz.example/reviews/1,2026-12-06\r\n`,
    );
    expect(line({ promise: '+1 call' })).toContain(",'+1 call,");
    expect(line({ promise: '-5% off next visit' })).toContain(",'-5% off next visit,");
    expect(line({ reviewer: '@SUM(A1)' })).toContain(",'@SUM(A1),");
    expect(line({ reviewer: '\t=1+1' })).toContain(",'\t=1+1,");
    expect(line({ reviewer: '\r=1+1' })).toContain(`,"'\r=1+1",`);
    expect(line({ platform: '=cmd' })).toContain(",'=cmd,");
    expect(line({ url: '=IMPORTXML(1)' })).toContain(",'=IMPORTXML(1),");
    // Only at the start.
    expect(line({ promise: 'refund 1+1=2 @ the desk' })).toContain(',refund 1+1=2 @ the desk,');
  });

  it('round-trips emoji, right-to-left words, quotes and line breaks', () => {
    const list = [
      fu({ reviewer: 'زينب', promise: 'نرسل لك قسيمة 🎁, غداً' }),
      fu({ reviewer: 'נועה', promise: 'שולחים שובר "מתנה" 🙏🏽\nתודה' }),
      fu({ reviewer: '👩‍👩‍👧 family', promise: 'call back\u200f today' }),
    ];
    const rows = parseCsv(followUpsCsv(list));
    expect(rows[0]).toEqual(['Due', 'State', 'Kind', 'Platform', 'Reviewer', 'Promise', 'Page', 'Created']);
    expect(rows.slice(1).map((r) => [r[4], r[5]])).toEqual([
      ['زينب', 'نرسل لك قسيمة 🎁, غداً'],
      ['נועה', 'שולחים שובר "מתנה" 🙏🏽\nתודה'],
      ['👩‍👩‍👧 family', 'call back\u200f today'],
    ]);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });
});
