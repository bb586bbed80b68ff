import { runScript } from './support/run-script';
import { describe, expect, it } from 'vitest';
import { composeReply } from '@/lib/compose';
import { defaultSettings } from '@/lib/settings/schema';
import { createAnalyzer } from '@/lib/analysis';
import { suggest as suggestOne, USAGE } from '../../scripts/suggest';

// The suggestion CLI contract from DESIGN.md, run as a real process (tsx, as `npm run suggest` does).
const suggest = (args: string[], input?: string) => runScript('scripts/suggest.ts', args, input);

const jsonl = (rows: unknown[]) => `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

describe('npm run suggest', () => {
  it('--jsonl writes one {"id", "kind", "aspects", "text"} line per review, the text as the panel first shows it', () => {
    const rows = [
      { id: 'cold', review: 'The shower ran cold every morning and nobody at reception seemed to care.', rating: 2, author: 'Dana Whitfield', business: 'Harbour Inn' },
      { id: 7, review: 'Spotless room and a really comfortable bed. We will be back!', rating: 5 },
      { id: 'play', review: 'Since the last update the app logs me out every time I switch screens.', rating: '1', platform: 'googleplay' },
      { id: 'empty', review: '' },
    ];
    const { status, stdout, stderr } = suggest(['--jsonl'], jsonl(rows));
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['cold', 7, 'play', 'empty']);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['aspects', 'id', 'kind', 'text']);
    for (const l of lines) {
      expect(['praise', 'mixed', 'complaint', 'hostile']).toContain(l.kind);
      for (const a of l.aspects) expect(Object.keys(a).sort()).toEqual(['polarity', 'text']);
    }
    // what the review reader finds is its own business; the reply's shape is this CLI's
    expect(lines[0].kind).toBe('complaint');
    expect(lines[0].text.split('\n')[0]).toMatch(/^Thank you.*Dana/);
    expect(lines[0].text).not.toContain('Whitfield');
    expect(lines[0].text).toMatch(/\[what we did or will do about [^\]]+, and when\]/);
    expect(lines[0].text.endsWith('Kind regards,\nThe team at Harbour Inn')).toBe(true);
    expect(lines[1].text).not.toMatch(/sorry|apolog/i);
    expect(lines[2].text.length).toBeLessThanOrEqual(350 - 60);
    // exactly the panel's first suggestion: standard length, the profile at its defaults
    const panel = composeReply({
      review: { text: rows[1]!.review as string, rating: 5 },
      business: defaultSettings().business,
      variant: 'standard',
    });
    expect(lines[1].text).toBe(panel.text);
  }, 60_000);

  it('a business whose name has two capitalised words gets as specific a reply as any: its sign-off is no reviewer\'s full name', () => {
    const review = 'Lovely breakfast, a spotless room and the kindest staff. We will be back!';
    const named = suggestOne({ review, rating: 5, business: 'Hotel Anna Maria' });
    expect(named.text).toMatch(/the breakfast/);
    expect(named.text.endsWith('The team at Hotel Anna Maria')).toBe(true);
    expect(createAnalyzer().analyse('Thank you.\n\nKind regards,\nThe team at Hotel Anna Maria', { review }).flags).toEqual([]);
    // positive controls: the same review for an unnamed business names the same things, and a reviewer's full name is still flagged
    expect(suggestOne({ review, rating: 5 }).text).toMatch(/the breakfast/);
    expect(createAnalyzer().analyse('Dear Sarah Jones, thank you for your review.', { review }).flags.map((f) => f.rule)).toEqual(['reviewer-name']);
  });

  it('reports a bad line on standard error, for its id, and goes on', () => {
    const { status, stdout, stderr } = suggest(['--jsonl'], jsonl(['not json', { id: 'no-review', rating: 3 }, '[1,2]', { id: 'ok', review: 'Lovely pancakes.', rating: 5 }]));
    expect(status).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((l) => l.id)).toEqual(['ok']);
    const errors = stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { id: null, line: 1, error: 'line 1 is not a JSON object' },
      { id: 'no-review', line: 2, error: 'missing "review" (a string)' },
      { id: null, line: 3, error: 'line 3 is not a JSON object' },
    ]);
  }, 60_000);

  it('--help prints the usage and exits 0', () => {
    const { status, stdout } = suggest(['--help']);
    expect(status).toBe(0);
    expect(stdout).toBe(USAGE);
    expect(USAGE).toMatch(/--jsonl/);
    expect(USAGE).toMatch(/\{"id", "review", "rating"\?, "platform"\?, "business"\?, "author"\?\}/);
  }, 60_000);

  it('a review on the command line gets a readable suggestion with the action options', () => {
    const { status, stdout } = suggest(['--rating', '2', 'The chips were cold and soggy.']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Kind: complaint/);
    expect(stdout).toMatch(/sorry/);
    // the action options for the blank, one per line
    expect(stdout).toMatch(/\nFor \[what we did or will do about [^\]]+\], for example:\n {2}- \w/);
  }, 60_000);
});
