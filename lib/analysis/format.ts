import type { Analysis } from './types';

/**
 * The analysis as a person reads it in a terminal: the draft with flagged words in [brackets]
 * (or underlined in colour), each flag's message and calmer wording, the checklist and the heat.
 */
export function formatAnalysis(text: string, analysis: Analysis, options: { colour?: boolean } = {}): string {
  const c = options.colour
    ? { on: '\x1b[4;33m', off: '\x1b[0m', dim: '\x1b[2m', bold: '\x1b[1m' }
    : { on: '[', off: ']', dim: '', bold: '' };
  const reset = options.colour ? '\x1b[0m' : '';
  const out: string[] = [];
  if (analysis.language === 'other') {
    out.push('This reply does not look like English, so it was not checked.');
    out.push(`Length: ${analysis.length.characters}${analysis.length.limit ? ` / ${analysis.length.limit}` : ''}`);
    return `${out.join('\n')}\n`;
  }

  // the draft, flagged words marked; overlapping flags are merged into one mark
  let marked = '';
  let at = 0;
  for (const span of merged(analysis.flags)) {
    if (span.start < at) continue;
    marked += text.slice(at, span.start) + c.on + text.slice(span.start, span.end) + c.off;
    at = span.end;
  }
  marked += text.slice(at);
  out.push(`${c.bold}Draft${reset}`, marked, '');

  if (analysis.flags.length === 0) out.push('No flags: the wording reads calm.', '');
  else {
    out.push(`${c.bold}Flags (${analysis.flags.length})${reset}`);
    for (const f of analysis.flags) {
      out.push(`- "${f.text}" (${f.category}, ${f.rule}): ${f.message}`);
      // same reading as the panel: short words without ':' or ';' replace the flagged words ("" removes
      // them); anything else is advice
      // a one-click fix says what it puts in place of the words; advice is read, never pasted
      if (f.replacement !== undefined) out.push(`    ${c.dim}${f.replacement === '' ? 'Remove these words' : `Replace with: "${f.replacement}"`}${reset}`);
      else if (f.suggestion !== undefined) {
        const replaces = f.suggestion.length <= 60 && !/[:;]/.test(f.suggestion);
        const line = !replaces ? `Try: ${f.suggestion}` : f.suggestion === '' ? 'Remove these words' : `Replace with: "${f.suggestion}"`;
        out.push(`    ${c.dim}${line}${reset}`);
      }
    }
    out.push('');
  }

  const s = analysis.structure;
  const tick = (ok: boolean) => (ok ? '[x]' : '[ ]');
  out.push(`${c.bold}Checklist${reset}`);
  out.push(`${tick(s.acknowledge)} Acknowledges the customer`);
  out.push(
    `${tick(s.apology === 'sincere')} Apologises sincerely${s.apology === 'non-apology' ? ' (this apology sounds like a non-apology)' : s.apology === 'none' ? ' (no apology)' : ''}`,
  );
  out.push(`${tick(s.action)} States what has been or will be done`);
  out.push(`${tick(s.timescale)} Gives a timescale`);
  out.push(`${tick(s.followUp)} Invites a private follow-up`);
  out.push('');
  const heat = analysis.heat;
  const label = heat < 0.15 ? 'calm' : heat < 0.4 ? 'warm' : heat < 0.7 ? 'heated' : 'furious';
  out.push(`Heat: ${heat.toFixed(2)} (${label})`);
  const { characters, limit } = analysis.length;
  out.push(`Length: ${characters}${limit ? ` / ${limit}${characters > limit ? ' — over the limit' : ''}` : ''}`);
  return `${out.join('\n')}\n`;
}

function merged(flags: Analysis['flags']): Array<{ start: number; end: number }> {
  const spans = flags.map((f) => ({ start: f.start, end: f.end })).sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
