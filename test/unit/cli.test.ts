import { runScript } from './support/run-script';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Checklist } from '@/components/Checklist';
import { createAnalyzer } from '@/lib/analysis/index';
import { heatLevel } from '@/lib/analysis/heat';
import type { Structure } from '@/lib/analysis/types';
import { checklistLines, NOT_ENGLISH, USAGE } from '../../scripts/analyze';

// The CLI contract from DESIGN.md, run as a real process (tsx, as `npm run analyze` does).
const analyze = (args: string[], input?: string) => runScript('scripts/analyze.ts', args, input);

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
    expect(stdout).toContain('Remove these words');
    // the panel's checklist, word for word, and its words for the heat
    const text = 'Frankly, that is not true!! Please email me at gm@inn.co.uk.';
    const analysis = createAnalyzer().analyse(text);
    expect(stdout).toContain(`\n\n${checklistLines(analysis.structure).join('\n')}\n\n`);
    expect(stdout).toContain('[x] Invites a private follow-up: done');
    expect(stdout).toContain('[ ] Apology: missing\n    Say sorry for their experience: “I’m sorry your order arrived late.”');
    expect(stdout).not.toContain('Apologises sincerely');
    expect(stdout).toContain(`Heat: ${analysis.heat.toFixed(2)} (${heatLevel(analysis.heat).words.toLowerCase()})\n`);
    expect(stdout).toMatch(/Heat: 0\.\d\d \((a little heated|running hot)\)/);
  }, 60_000);

  it('--help and -h print what it does, its options and examples, and exit 0 without analysing anything', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = analyze([flag]);
      expect(status, flag).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toBe(USAGE);
      expect(stdout).toMatch(/checks a reply to a review for defensive, excuse-led and emotional wording/);
      for (const part of ['Usage:', 'Options:', 'Examples:', '--review', '--platform', '--business', '--rating', '--json ', '--jsonl', '-h, --help']) {
        expect(stdout, part).toContain(part);
      }
      // not a report on the words "--help"
      expect(stdout).not.toMatch(/^Draft$|Your reply covers|Heat:/m);
    }
    // anywhere among the options, even with text or --jsonl
    expect(analyze(['--platform', 'x', 'Thank you.', '--help']).stdout).toBe(USAGE);
    expect(analyze(['--jsonl', '-h'], '{"id":1,"text":"Hi"}\n').stdout).toBe(USAGE);
    // after a lone "--", "-h" is the text to check
    const literal = analyze(['--', '-h']);
    expect(literal.status).toBe(0);
    expect(literal.stdout).toMatch(/^Draft\n-h\n/);
  }, 60_000);

  it('a draft in another language: says which checks ran, shows their flags, and no checklist it could not read', () => {
    const text = "Merci pour votre avis. Nous sommes désolés, mais c'est INACCEPTABLE de parler ainsi à notre personnel !!! Appelez-nous au 01 23 45 67 89.";
    const { status, stdout } = analyze([text]);
    expect(status).toBe(0);
    expect(stdout.startsWith(`${NOT_ENGLISH}\n`)).toBe(true);
    expect(stdout).toContain("c'est [INACCEPTABLE] de parler ainsi à notre personnel [!!!] Appelez-nous au [01 23 45 67 89].");
    expect(stdout).toContain('Flags (3)');
    expect(stdout).not.toContain('Your reply covers');
    const calm = analyze(["Merci beaucoup pour votre avis, nous sommes vraiment désolés pour l'attente."]).stdout;
    expect(calm).toContain('No flags from the checks that ran.');
    expect(calm).not.toMatch(/reads calm|Heat:/);
  }, 60_000);

  it('explains usage when given nothing', () => {
    const { status, stderr } = analyze([], '');
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage/);
  }, 60_000);
});

/** Every structure the analyser can give: each part there or not, and the three apology verdicts. */
function everyStructure(): Structure[] {
  const out: Structure[] = [];
  for (let bits = 0; bits < 16; bits++) {
    for (const apology of ['sincere', 'non-apology', 'none'] as const) {
      out.push({ acknowledge: !!(bits & 1), action: !!(bits & 2), timescale: !!(bits & 4), followUp: !!(bits & 8), apology });
    }
  }
  return out;
}

/** What the panel's Checklist shows, as the CLI writes it: [x] ✓, [!] !, [ ] ○; the label and its state; the hint. */
function panelChecklist(structure: Structure): string[] {
  const { container, unmount } = render(createElement(Checklist, { structure }));
  const lines = [container.querySelector('h2')!.textContent!];
  for (const li of container.querySelectorAll('li')) {
    const mark = { '✓': '[x]', '!': '[!]', '○': '[ ]' }[li.querySelector('.check-mark')!.textContent!]!;
    const label = li.querySelector('.check-label')!;
    const state = label.querySelector('.visually-hidden')!.textContent!; // ": done", ": partly", ": missing"
    lines.push(`${mark} ${label.textContent!.slice(0, -state.length)}${state}`);
    const hint = li.querySelector('.check-hint');
    if (hint) lines.push(`    ${hint.textContent}`);
  }
  unmount();
  return lines;
}

describe('the report’s checklist is the panel’s', () => {
  it('the same heading, four items, labels, states and hints for every structure', () => {
    const structures = everyStructure();
    expect(structures).toHaveLength(48);
    for (const s of structures) expect(checklistLines(s), JSON.stringify(s)).toEqual(panelChecklist(s));
    // the comparison reads something: all four items, every state, and the complete case
    const done = { acknowledge: true, action: true, timescale: true, followUp: true, apology: 'sincere' } as const;
    expect(checklistLines(done)).toEqual([
      'Your reply covers everything',
      '[x] Thanks and acknowledges: done',
      '[x] Sincere apology: done',
      '[x] Action with a timescale: done',
      '[x] Invites a private follow-up: done',
    ]);
    expect(checklistLines({ ...done, timescale: false, apology: 'non-apology' })).toEqual([
      'Your reply covers 3 of 4',
      '[x] Thanks and acknowledges: done',
      '[ ] Non-apology: missing',
      '    “Sorry if you feel…” sounds insincere. Say what you are sorry for: “I’m sorry your coffee was cold.”',
      '[!] Action, but no timescale: partly',
      '    Say by when: “…it will reach your card by Friday.”',
      '[x] Invites a private follow-up: done',
    ]);
  });
});
