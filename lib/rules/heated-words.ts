import { cutHit, cutSentence, removeOpener } from './fixes';
import { phraseFind } from './helpers';
import type { RuleContext, SentenceRule } from './types';

// Calmer words that fit where the heated one stood (adjectives for adjectives).
const CALMER: Record<string, string> = {
  ridiculous: 'surprising', absurd: 'surprising', preposterous: 'surprising', laughable: 'surprising', ludicrous: 'surprising',
  insane: 'surprising', unbelievable: 'surprising', outrageous: 'disappointing', shameful: 'disappointing',
  disgraceful: 'disappointing', appalling: 'disappointing', despicable: 'disappointing', pathetic: 'disappointing',
  insulting: 'hurtful', offensive: 'hurtful', gobsmacked: 'surprised', flabbergasted: 'surprised', speechless: 'surprised',
  appalled: 'disappointed', disgusted: 'disappointed', furious: 'upset', livid: 'upset', fuming: 'upset',
};

// The same calm words in the other article's form: "an outrageous claim" must not become "an disappointing claim".
const AFTER_AN: Record<string, string> = { surprising: 'unexpected', disappointing: 'unfortunate', hurtful: 'upsetting', disappointed: 'unhappy' };
const AFTER_A: Record<string, string> = { upset: 'frustrated' };

/** The calmer word for term i, fitting the article before it and written in the case the sentence needs. */
function calmer(ctx: RuleContext, i: number): string | undefined {
  const term = ctx.terms[i]!;
  let word = CALMER[term.normal];
  if (!word) return undefined;
  const article = /(?<![\p{L}\p{N}])(a|an)\s+$/iu.exec(ctx.text.slice(0, term.start))?.[1]?.toLowerCase();
  if (article === 'an') word = AFTER_AN[word] ?? word;
  if (article === 'a') word = AFTER_A[word] ?? word;
  // a capital where they wrote one ("Outrageous claims…"), but a word in capitals mid-sentence is shouting,
  // and its calm form is lower case
  const written = term.text;
  const opensSentence = !/[\p{L}\p{N}]/u.test(ctx.text.slice(0, term.start));
  const capital = opensSentence || (/^\p{Lu}/u.test(written) && /\p{Ll}/u.test(written));
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const rule: SentenceRule = {
  id: 'heated-words',
  category: 'emotional',
  severity: 'medium',
  message: 'A heated word turns up the temperature. Choose a calmer one.',
  guidance: 'Point 1 (wait for the heat to pass) and "Emotion": loaded intensifiers ("frankly", "ridiculous", "outrageous", "how dare") read as anger.',
  patterns: [
    '(ridiculous|outrageous|absurd|preposterous|laughable|ludicrous|nonsense|rubbish|codswallop|baloney|insane|pathetic|shameful|disgraceful|appalling|insulting|offensive|despicable|unbelievable|incredible)',
    '(quite|very)? frankly',
    'how dare',
    '(sick|tired) (and tired)? of',
    'fed up (with|of)',
    '(to be|quite) (honest|blunt|frank)',
    '(gobsmacked|flabbergasted|speechless|appalled|disgusted|furious|livid|fuming)',
    '(the|this) (cheek|nerve|audacity|gall)',
    '(full of|complete|utter|total) (rubbish|nonsense|lies|garbage|crap|bull)',
    '(crap|bullshit|damn|bloody|hell|wtf|ffs)',
  ],
  find: phraseFind(
    (ctx, hit) => {
      const w = ctx.terms[hit.from]?.normal ?? '';
      if (w === 'frankly' || w === 'quite' || w === 'very' || w === 'to') return 'Leave it out; plain words carry more weight.';
      return 'Try a calmer word: "disappointing", "not what we intended", "not good enough".';
    },
    (ctx, hit) => {
      const word = ctx.terms[hit.from]?.normal ?? '';
      // owning our own failure strongly is sincere: "that wait was unacceptable, and we are sorry";
      // "appalling" or "disgraceful" about *our* service is a sincere apology, not heat
      if (hit.pattern === 0 && /^(appalling|disgraceful|shameful|unacceptable|incredible|unbelievable)$/.test(word)) {
        return /\b(our|we|my|i|the (service|wait|room|food|delay|experience|way you were treated))\b/i.test(ctx.text) && !/\byou(r)? (are|'re|review|complaint|comments?|post)\b|\byou were (being|so|very|rude|wrong)\b/i.test(ctx.text)
          ? true
          : word === 'incredible';
      }
      // "we never get tired of hearing that" is warm
      if (hit.pattern === 3 && /\b(never|not|n't) (get |grow |be )?$/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start))) return true;
      // "offensive" about the customer's experience ("the offensive remark our waiter made")
      if (word === 'offensive' || word === 'insulting') return /\b(our|my) (waiter|staff|member|driver|employee|colleague)\b/i.test(ctx.text);
      // "I am appalled/disgusted that this happened to you" sides with the customer
      if (hit.pattern === 6) return /\b(that|to (hear|read|learn)|by what|this happened)\b/i.test(ctx.text.slice(ctx.terms[hit.from]!.end, ctx.terms[hit.from]!.end + 25)) && !/\byour (review|comment|post)\b/i.test(ctx.text);
      return false;
    },
    (ctx, hit) => {
      const w = ctx.terms[hit.from]?.normal ?? '';
      // one heated word has a calmer word that fits where it stood
      if (hit.to - hit.from === 1 && CALMER[w]) return { replacement: calmer(ctx, hit.from) };
      // "Frankly," and "to be honest" add heat and nothing else; a swear word used as an intensifier goes alone
      if (hit.pattern === 1 || hit.pattern === 5) return removeOpener(ctx, hit);
      if (hit.pattern === 9 && /^(bloody|damn)$/.test(w) && ctx.terms[hit.to]) return { replacement: '' };
      // "How dare you…" is the whole sentence's point
      if (hit.pattern === 2) return cutSentence(ctx);
      // "complete nonsense", "sick and tired of…": the clause says nothing a calm word could keep
      return cutHit(ctx, hit);
    },
  ),
  examples: {
    flagged: [
      { text: 'Your complaint is ridiculous.', flag: 'ridiculous', output: 'Your complaint is surprising.' },
      { text: 'Frankly, we expected better from a regular.', flag: 'Frankly', output: 'We expected better from a regular.' },
      { text: 'How dare you call our staff lazy.', flag: 'How dare', output: '' },
      { text: 'This review is outrageous.', flag: 'outrageous', output: 'This review is disappointing.' },
      { text: 'We are sick and tired of people like this.', flag: 'sick and tired of', output: '' },
      { text: 'Your review is complete nonsense.', flag: 'complete nonsense', output: '' },
      { text: 'That is an outrageous thing to say about our staff.', flag: 'outrageous', output: 'That is an unfortunate thing to say about our staff.' },
      { text: 'You left a furious team behind you.', flag: 'furious', output: 'You left a frustrated team behind you.' },
      { text: 'Ridiculous reviews like this one hurt a small team.', flag: 'Ridiculous', output: 'Surprising reviews like this one hurt a small team.' },
      { text: 'This is RIDICULOUS, and you know it.', flag: 'RIDICULOUS', output: 'This is surprising, and you know it.' },
    ],
    fine: [
      'The way you were treated was appalling, and I am sorry.',
      'I was appalled to hear that this happened to you.',
      'That is not the standard we set, and I am sorry.',
      'Thank you for your honest review.',
      'The delay was disappointing for you and for us.',
      'I am sorry about the offensive remark our waiter made.',
    ],
  },
};
export default rule;
