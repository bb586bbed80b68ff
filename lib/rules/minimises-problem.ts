import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

/** Words that make the problem sound small; removing them leaves it its real size. */
const SHRINKING = /^(isolated|rare|unusual|minor|small|tiny|slight|little|trivial|very|fairly|relatively|rather|quite|really|only|just|merely)$/;

const rule: SentenceRule = {
  id: 'minimises-problem',
  category: 'defensive',
  severity: 'medium',
  message: 'This makes the problem sound small. To the customer it was not.',
  guidance: 'Point 2 (acknowledge in their terms): calling it "an isolated incident" or "a minor issue" tells the customer their experience does not count.',
  patterns: [
    '(an|a|this|that) (isolated|rare|unusual|one-off|one off) (incident|case|occurrence|event|issue|mistake|error)',
    '(a|an|this|that) (one-off|one off|blip|hiccup|glitch)',
    '(a|an|this|that|such a|just a|only a) (minor|small|tiny|slight|little|trivial) (issue|problem|mistake|error|delay|matter|inconvenience|oversight|detail|thing|wait)',
    '(not|hardly) (a|that|such a)? (big|huge|major) (deal|issue|problem)',
    '(only|just) (a|#Value) (few|couple of)? (minutes|mins|seconds) (late|wait|delay)?',
    '(only|just) #Value (minutes|mins|seconds|pounds|dollars|euros)',
    '(hardly|barely) (worth|a|an|any)',
    '(only|just) (waited|queued|had to wait) (for)? #Value (minutes|mins|seconds)',
    '(a|an|this|that|such a|just a|only a) (very|fairly|relatively|rather|quite|really) (minor|small|tiny|slight|little|trivial) (issue|problem|mistake|error|delay|matter|inconvenience|oversight|detail|thing|wait)',
    '(was|is|were|are) (only|just|merely) (a|an|one|#Value) (#Value|#Adjective)? (minute|minutes|second|seconds|hour|few|couple|bit|short|small|minor|slight|tiny|quick)',
  ],
  find: phraseFind('Take it as seriously as they do: "I\'m sorry the wait was so long."', (ctx, hit) => {
    // "only a few minutes from the station" or "refund within just a few days" is not about the problem
    if (hit.pattern === 4 || hit.pattern === 5 || hit.pattern === 9) {
      const next = ctx.terms[hit.to]?.normal ?? '';
      return /^(from|away|walk|drive|to)$/.test(next) || /\b(within|in) (only|just)\b/i.test(ctx.text);
    }
    // "it was not a minor thing for you" takes it seriously
    if (ctx.terms[hit.from - 1]?.normal === 'not' || ctx.terms[hit.from]?.normal === 'not') return hit.pattern !== 3;
    // "the fix was only a small change" is about our remedy, not their problem
    if (hit.pattern === 9 && /\b(fix|refund|change|update|gesture|token|voucher|repair|patch)\b/i.test(ctx.text)) return true;
    return false;
  }, (ctx, hit) => {
    // the words that shrink it go and the rest stands: "a very minor issue" → "an issue", "only waited" →
    // "waited"; "a one-off", "not a big deal", "hardly worth" are the clause's whole point
    const words = ctx.terms.slice(hit.from, hit.to);
    const keep = words.filter((t) => !SHRINKING.test(t.normal));
    if (keep.length === words.length || keep.length === 0 || hit.pattern === 3 || hit.pattern === 6) return cutHit(ctx, hit);
    // the hit's own text less each shrinking word and the space after it ("five-minute" keeps its hyphen)
    const base = words[0]!.start;
    let out = ctx.text.slice(base, words[words.length - 1]!.end);
    for (const t of [...words].reverse()) {
      if (!SHRINKING.test(t.normal) || !t.text) continue;
      const next = words[words.indexOf(t) + 1];
      out = out.slice(0, t.start - base) + out.slice((next ? next.start : t.end) - base);
    }
    out = out.trim();
    // the article follows the new first word: "a minor issue" → "an issue"
    out = out.replace(/^(a|an|A|An)\s+(\S)/u, (_m, a: string, c: string) => {
      const an = /^[aeiou]/i.test(c);
      const cap = /^A/.test(a);
      return `${cap ? 'A' : 'a'}${an ? 'n' : ''} ${c}`;
    });
    if (/^(only|just|merely)$/.test(words[0]!.normal) || /^(a|an)$/.test(words[0]!.normal) || keep[0] === words[0]) return { replacement: out };
    return cutHit(ctx, hit);
  }),
  examples: {
    flagged: [
      { text: 'This was an isolated incident.', flag: 'an isolated incident', output: 'This was an incident.' },
      { text: 'It was a one-off.', flag: 'a one-off', output: '' },
      { text: 'The cold chips were a minor issue.', flag: 'a minor issue', output: 'The cold chips were an issue.' },
      { text: "It's not a big deal, the food arrived eventually.", flag: 'not a big deal', output: '' },
      { text: 'You only waited 15 minutes.', flag: 'only waited 15 minutes', output: 'You waited 15 minutes.' },
      { text: 'It was hardly worth a one-star review.', flag: 'hardly worth', output: '' },
      { text: 'This was a very minor issue that was resolved quickly.', flag: 'a very minor issue', output: 'This was an issue that was resolved quickly.' },
      { text: 'It was only a five-minute wait.', flag: 'was only a five-minute', output: 'It was a five-minute wait.' },
    ],
    fine: [
      'I am sorry for the delay with your order.',
      'Our hotel is only a few minutes from the station, and we should have told you about the roadworks.',
      'We have sent a small gift to say sorry.',
      'No problem is too small for us to fix, so please tell me more.',
      'A delay of an hour is far too long.',
      'We will refund you within just a few days.',
      'It was not a minor thing for you, and I am sorry.',
      'The fix was only a small change, and it is live today.',
    ],
  },
};
export default rule;
