/**
 * The faster matchers must change nothing but speed: every word's tags (in the order they were
 * set), every match and every analysis come out exactly as with compromise's own functions.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analysis';
import { withCompromiseMatchers } from '../../lib/analysis/compromise-speedups';
import { RULES } from '../../lib/rules';

const corpus = ['replies', 'heldout'].flatMap((name) =>
  readFileSync(`test/fixtures/corpus/${name}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; review?: string }),
);
const texts = [
  ...corpus.map((c) => c.text),
  ...corpus.map((c) => c.review ?? '').filter(Boolean),
  ...RULES.flatMap((r) => [...r.examples.flagged.map((e) => e.text), ...r.examples.fine.map((e) => (typeof e === 'string' ? e : e.text))]),
];

interface RawTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  switch?: string;
  chunk?: string;
  implicit?: string;
}
/** Everything the tagger decides about each word, tags in the order they were set. */
function tagging(text: string): string {
  const docs = (nlp(text) as unknown as { docs: RawTerm[][] }).docs;
  return docs.map((s) => s.map((t) => `${t.text}|${t.normal}|${t.implicit ?? ''}|${[...t.tags].join(',')}|${t.switch ?? ''}|${t.chunk ?? ''}`).join(' ')).join('\n');
}

describe('faster compromise matchers', () => {
  it('are the ones installed (else this file proves nothing)', () => {
    const world = (nlp as unknown as { _world: { methods: { one: Record<string, unknown> } } })._world;
    const now = () => [world.methods.one.match, world.methods.one.bulkMatch];
    const ours = now();
    const theirs = withCompromiseMatchers(now);
    ours.forEach((fn, i) => expect(fn).not.toBe(theirs[i]));
    expect(now()).toEqual(ours);
  });

  it(`tag every word of ${texts.length} corpus replies, reviews and rule examples exactly as compromise does`, () => {
    const expected = withCompromiseMatchers(() => texts.map(tagging));
    const actual = texts.map(tagging);
    const differing = texts.filter((_, i) => actual[i] !== expected[i]);
    expect(differing).toEqual([]);
  }, 30_000);

  it('find the same matches for every rule pattern and doc.match call', () => {
    const patterns = RULES.flatMap((r) => ('patterns' in r && r.patterns ? r.patterns : []));
    patterns.push('#Noun+', '^#Pronoun #Verb', '#Adjective$', '(a|an|the) #Noun', '!not #Verb', '[#Modal] #Adverb? #Verb', '.? #Copula .');
    const parsed = patterns.map((p) => nlp.parseMatch(p));
    const sample = texts.filter((_, i) => i % 10 === 0);
    const run = () =>
      sample.map((t) => {
        const doc = nlp(t);
        return parsed.map((regs) => (doc.match(regs as never).out('offset') as Array<{ offset: { start: number; length: number } }>).map((o) => `${o.offset.start}+${o.offset.length}`).join(',')).join(';');
      });
    expect(run()).toEqual(withCompromiseMatchers(run));
  }, 60_000);

  it('give the same analysis of every corpus reply', () => {
    const analyse = () => corpus.map((c) => createAnalyzer().analyse(c.text, { review: c.review }));
    expect(analyse()).toEqual(withCompromiseMatchers(analyse));
  }, 30_000);

  it('tag generated sentences exactly as compromise does', () => {
    const words = fc.constantFrom(
      'we', 'you', 'sorry', 'the', 'a', 'an', 'refund', 'booked', 'were', 'not', "didn't", "we'll", 'Monday', 'by', '5pm', '$20',
      'Mr.', 'Smith', 'really', 'very', 'late', 'running', 'manager', 'will', 'call', 'back', ',', '-', 'up', 'and', 'or', 'that',
      'policy', 'ALWAYS', 'never', '100%', 'fault', 'due', 'to', 'staff', 'shortage', 'was', 'been', 'had', 'could', 'have', '!',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(tagging(text)).toBe(withCompromiseMatchers(() => tagging(text)));
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('tag any text, emoji, right-to-left and markup included, exactly as compromise does', () => {
    const piece = fc.oneof(
      fc.constantFrom('Sorry', "we're", 'you', 'ALWAYS', '<b>late</b>', '😡', 'شكرا', 'לא', '...', '!!', '—', '"fine"', '£5', 'e-mail', 'Dr.'),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        expect(tagging(text)).toBe(withCompromiseMatchers(() => tagging(text)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
