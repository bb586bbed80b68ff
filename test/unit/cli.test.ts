import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI contract from DESIGN.md, run as a real process (tsx, as `npm run analyze` does).
const root = process.cwd();
function analyze(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/analyze.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  it('--jsonl writes one {"id", ...Analysis} line per input line', () => {
    const input = [
      { id: 'a', text: 'Actually, you should have booked. Sorry if you felt rushed!!' },
      { id: 7, text: 'Thank you for your review. We have refunded you today.', platform: 'x' },
      { id: 'empty', text: '' },
      { id: 'fr', text: "Merci beaucoup pour votre avis, nous sommes vraiment désolés pour l'attente." },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { status, stdout } = analyze(['--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'empty', 'fr']);
    for (const l of lines) {
      // a draft in another language also says which checks ran (only those that need no language)
      const keys = ['flags', 'heat', 'id', 'language', 'length', 'structure', ...(l.language === 'other' ? ['checks'] : [])];
      expect(Object.keys(l).sort()).toEqual(keys.sort());
    }
    const first = lines[0];
    expect(first.flags.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['defensive', 'apology', 'emotional']));
    const text = 'Actually, you should have booked. Sorry if you felt rushed!!';
    for (const f of first.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(lines[1].length).toEqual({ characters: 54, limit: 280 });
    expect(lines[1].structure.action).toBe(true);
    expect(lines[2].flags).toEqual([]);
    expect(lines[3]).toMatchObject({ language: 'other', checks: 'language-free' });
  }, 60_000);

  it('--jsonl reads the business name and the rating: the business’s own name in capitals is not shouting', () => {
    const text = 'Thank you for choosing SLEEP WELL for your stay.';
    const input = [
      { id: 'own', text, business: 'Sleep Well Inn', rating: 5 },
      { id: 'other', text, business: 'Sea Breeze', rating: '5' },
      { id: 'bad-rating', text, business: 'Sleep Well Inn', rating: 'five' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const { status, stdout } = analyze(['--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const rules = (l: { flags: Array<{ rule: string }> }) => l.flags.map((f) => f.rule);
    expect(rules(lines[0])).toEqual([]);
    expect(rules(lines[2])).toEqual([]);
    // the positive control: someone else's name in capitals is still read as capitals
    expect(lines[1].flags.map((f: { text: string }) => f.text)).toEqual(['SLEEP WELL']);
  }, 60_000);

  it('reports a bad input line instead of stopping', () => {
    const { status, stdout } = analyze(['--jsonl'], 'not json\n{"id":"ok","text":"Thanks!"}\n');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error).toMatch(/not valid JSON/);
    expect(lines[1]).toMatchObject({ id: 'ok', language: 'en' });
  }, 60_000);

  it('prints a readable report for one text: marked draft, flags, suggestions, checklist, heat', () => {
    const { status, stdout } = analyze(['Frankly, that is not true!! Please email me at gm@inn.co.uk.']);
    expect(status).toBe(0);
    expect(stdout).toContain('[Frankly], [that is not true!!] Please email me');
    expect(stdout).toContain('Replace with: "."');
    expect(stdout).toMatch(/"that is not true" \(defensive, contradicts-customer\): /);
    expect(stdout).toContain('Try: ');
    expect(stdout).toContain('[x] Invites a private follow-up');
    expect(stdout).toContain('[ ] Apologises sincerely (no apology)');
    expect(stdout).toMatch(/Heat: 0\.\d\d \((warm|heated|furious)\)/);
  }, 60_000);

  it('explains usage when given nothing', () => {
    const { status, stderr } = analyze([], '');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage/);
  }, 60_000);
});
