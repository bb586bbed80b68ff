/**
 * Two of compromise's own functions, rewritten to do the same work faster; nothing else changes.
 * Every tag of every word comes out identical (test/unit/compromise-speedups.test.ts compares the
 * corpus, generated sentences and random text with compromise's own functions). They matter
 * because re-tagging the sentence being typed is most of a keystroke's cost, and these two were
 * most of the tagging.
 *
 * 1. The bulk matcher (methods.one.bulkMatch: hooks → trim-down → too-small → match). compromise
 *    finds a sentence's candidate patterns by walking every hook key of the net and asking the
 *    sentence whether it holds that key: for the post-tagger's net, 730 keys for every
 *    comma-separated piece of every sentence. Here the sentence's own words and tags (a dozen or two)
 *    are looked up in the hooks instead, then put back into the net's key order, so tags are applied
 *    in exactly the order compromise applies them.
 * 2. The matcher for one pattern (methods.one.match). compromise tries the pattern from every word,
 *    copying the rest of the sentence each time; here a start is tried only when its word passes a
 *    term test of the pattern's leading regs, the tests compromise's own attempt would begin with.
 */
import nlp from 'compromise';
// compromise exports none of its matcher's parts. These are the very modules compromise itself
// runs (the same files, so the same instances in the bundle); compromise is pinned to one version
// in package.json, and the equality tests fail if an upgrade changes what these do.
// @ts-expect-error no types for compromise's internals
import fromHere from '../../node_modules/compromise/src/1-one/match/methods/match/02-from-here.js';
// @ts-expect-error no types for compromise's internals
import failFast from '../../node_modules/compromise/src/1-one/match/methods/match/01-failFast.js';
// @ts-expect-error no types for compromise's internals
import getGroup from '../../node_modules/compromise/src/1-one/match/methods/match/03-getGroup.js';
// @ts-expect-error no types for compromise's internals
import notIf from '../../node_modules/compromise/src/1-one/match/methods/match/03-notIf.js';
// @ts-expect-error no types for compromise's internals
import termMatches from '../../node_modules/compromise/src/1-one/match/methods/match/term/doesMatch.js';

interface Candidate {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Candidate[]>;
  always: Candidate[];
}
type Ptr = [number, number, number];
interface Methods {
  one: {
    cacheDoc: (document: unknown[][]) => Array<Set<string>>;
    match: (docs: unknown[][], todo: Candidate) => { ptrs: Ptr[] };
  };
}
type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: unknown;
}
interface Todo {
  regs?: Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: Reg[];
}
interface MatchResult {
  pointer: Array<number | null>;
  groups: Record<string, Array<number | null>>;
}
interface TermLike {
  id?: string;
}
type RunMatch = (docs: TermLike[][], todo: Todo, cache?: Array<Set<string>> | null) => { ptrs: unknown[][]; byGroup: object };

const one = (nlp as unknown as { _world: { methods: { one: { bulkMatch: BulkMatch; match: RunMatch } } } })._world.methods.one;

/**
 * A net regrouped for looking up. compromise walks the hook keys in Object.keys order and keeps the
 * first candidate with a given match string; candidates sharing a match string (a "group") share
 * its needs and wants. Here each group is hooked on one key only, the rarest of its needs (a group
 * missing any need is dropped anyway), or on each of its wants when it has no needs. For a sentence
 * it holds, the candidate compromise would have kept is the group's entry under the first of its
 * keys, in key order, that the sentence holds; sorting the survivors by (key order, place in that
 * key's list) gives compromise's order back exactly.
 */
interface Entry {
  /** the key's place in Object.keys(hooks) */
  at: number;
  /** place in that key's list */
  index: number;
  candidate: Candidate;
  // The candidate's fields, copied once: candidates come in many shapes (tag, unTag, safe, …), so
  // reading them is slow on the hot path; entries all have this one shape.
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo: string[] | null;
  todo: PatternTodo;
}
interface PatternTodo {
  regs: Reg[];
  group: string | number | undefined;
  justOne: boolean | undefined;
  notIf: Reg[] | undefined;
  plan: Plan;
}
function entryOf(at: number, index: number, candidate: Candidate): Entry {
  const c = candidate as Candidate & Todo;
  return {
    at,
    index,
    candidate,
    needs: c.needs,
    wants: c.wants,
    minWant: c.minWant,
    minWords: c.minWords,
    ifNo: c.ifNo ?? null,
    todo: { regs: c.regs ?? [], group: c.group, justOne: c.justOne, notIf: c.notIf, plan: planOf(c.regs ?? []) },
  };
}
interface Lookup {
  keyNames: string[];
  /** per group, its entries in key order */
  groups: Entry[][];
  /** key → groups hooked on it */
  hooked: Map<string, number[]>;
  /** the net's patterns with no key, tried on every sentence */
  always: Entry[];
  stamp: Uint32Array;
  sentence: number;
}
const lookups = new WeakMap<object, Lookup>();
function lookupOf(hooks: Record<string, Candidate[]>, always: Candidate[]): Lookup {
  let lookup = lookups.get(hooks);
  if (lookup) return lookup;
  const keyNames = Object.keys(hooks);
  const groupOf = new Map<string, number>();
  const groups: Entry[][] = [];
  keyNames.forEach((key, at) => {
    hooks[key]!.forEach((candidate, index) => {
      let g = groupOf.get(candidate.match);
      if (g === undefined) {
        g = groups.length;
        groupOf.set(candidate.match, g);
        groups.push([]);
      }
      // buildNet keeps one candidate per match string in each list, so this is the key's only entry
      groups[g]!.push(entryOf(at, index, candidate));
    });
  });
  const hooked = new Map<string, number[]>();
  const hook = (key: string, g: number) => {
    const list = hooked.get(key);
    if (list) list.push(g);
    else hooked.set(key, [g]);
  };
  groups.forEach((entries, g) => {
    const { needs } = entries[0]!;
    const listed = new Set(entries.map((e) => keyNames[e.at]!));
    // every need and want of a group is one of its keys; hook on the rarest listed need
    const needKeys = needs.filter((n) => listed.has(n));
    if (needKeys.length > 0 && needKeys.length === needs.length) {
      const rarest = needKeys.reduce((a, b) => (hooks[b]!.length < hooks[a]!.length ? b : a));
      hook(rarest, g);
    } else {
      for (const key of listed) hook(key, g);
    }
  });
  lookup = { keyNames, groups, hooked, always: always.map((c, i) => entryOf(-1, i, c)), stamp: new Uint32Array(groups.length), sentence: 0 };
  lookups.set(hooks, lookup);
  return lookup;
}

function hasAll(have: Set<string>, items: string[]): boolean {
  for (let i = 0; i < items.length; i++) if (!have.has(items[i]!)) return false;
  return true;
}
function hasAny(have: Set<string>, items: string[]): boolean {
  for (let i = 0; i < items.length; i++) if (have.has(items[i]!)) return true;
  return false;
}
const byKeyOrder = (a: Entry, b: Entry) => a.at - b.at || a.index - b.index;

const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const lookup = lookupOf(net.hooks, net.always);
  const { keyNames, groups, hooked, stamp, always } = lookup;
  // our own single-pattern matcher, called directly, unless something else has been put in its place
  const direct = methods.one.match === (fastRunMatch as unknown);
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  const chosen: Entry[] = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const terms = document[n]!;
    // a fresh stamp per sentence; wrapping round after 4 billion sentences starts the stamps again
    if (++lookup.sentence === 0xffffffff) {
      stamp.fill(0);
      lookup.sentence = 1;
    }
    const mark = lookup.sentence;
    chosen.length = 0;
    for (const item of have) {
      const list = hooked.get(item);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const g = list[i]!;
        if (stamp[g] === mark) continue;
        stamp[g] = mark;
        const entries = groups[g]!;
        let first: Entry | undefined;
        for (let e = 0; e < entries.length; e++) {
          if (have.has(keyNames[entries[e]!.at]!)) {
            first = entries[e];
            break;
          }
        }
        if (first === undefined) continue;
        if (terms.length < first.minWords) continue;
        if (!hasAll(have, first.needs)) continue;
        if (first.ifNo !== null && hasAny(have, first.ifNo)) continue;
        if (first.wants.length > 0) {
          let found = 0;
          for (let w = 0; w < first.wants.length; w++) if (have.has(first.wants[w]!)) found++;
          if (found < first.minWant) continue;
        }
        chosen.push(first);
      }
    }
    chosen.sort(byKeyOrder);
    for (const e of always) if (terms.length >= e.minWords) chosen.push(e);
    for (const e of chosen) {
      const res = direct ? runPattern([terms as TermLike[]], e.todo, null) : methods.one.match([terms], e.candidate);
      if (res.ptrs.length === 0) continue;
      const m = e.candidate;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** What fastRunMatch needs to know of a pattern, worked out once per pattern. */
interface Plan {
  /** Terms the pattern needs at least (compromise's minLength). */
  minLength: number;
  /** A test the first word of any match must pass, or null when there is none to be had. */
  start: StartTest | null;
  /** A test the second word must pass when the first is not half of a contraction, or null. */
  next: StartTest | null;
}
type StartTest = (term: TermFields, i: number, length: number) => boolean;
interface TermFields {
  tags: Set<string>;
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
}
// Every field compromise's term test reads from a reg; a quick test is used only when just one is set.
const REG_FIELDS = ['anything', 'start', 'end', 'id', 'word', 'tag', 'method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense', 'fastOr', 'choices', 'use', 'fuzzy', 'pos', 'negative'] as const;
const plans = new WeakMap<Reg[], Plan>();

/**
 * The first word of a match is taken by one of the pattern's leading optional regs or by the first
 * required one: compromise tries each of them on that word in turn (an optional reg that fails is
 * passed over without taking a word), and gives up when the required one fails too. So a start must
 * pass at least one of their term tests. No test is had when one of them is "." or negative or a
 * greedy "$" end, or when every reg is optional.
 */
function planOf(regs: Reg[]): Plan {
  let plan = plans.get(regs);
  if (plan) return plan;
  const first = regs[0];
  // A first reg that takes exactly one word (required, one term test, not greedy, not "$") hands
  // the next word to the rest of the pattern, which must then pass its own start test there.
  const single = !!first && !first.optional && !first.greedy && !first.end && !first.negative && !first.anything && first.choices === undefined;
  plan = { minLength: minLengthOf(regs), start: prefixTest(regs, 0), next: single ? prefixTest(regs, 1) : null };
  plans.set(regs, plan);
  return plan;
}

/** The start test of the pattern from reg `from` on, or null when there is none to be had. */
function prefixTest(regs: Reg[], from: number): StartTest | null {
  const tests: StartTest[] = [];
  for (let k = from; k < regs.length; k++) {
    const reg = regs[k]!;
    const test = startTestOf(reg);
    if (test === null) return null;
    tests.push(test);
    if (!reg.optional) return tests.length === 1 ? tests[0]! : (t, i, length) => tests.some((x) => x(t, i, length));
  }
  return null;
}

function startTestOf(reg: Reg): StartTest | null {
  if (reg.negative || reg.anything || (reg.end && reg.greedy)) return null;
  if (reg.choices !== undefined) {
    const r = reg as Record<string, unknown>;
    if (!Array.isArray(reg.choices)) return null;
    if (r.operator === 'or') return orBlockStart(reg.choices as unknown[]);
    if (r.operator === 'and') return andBlockStart(reg.choices as unknown[]);
    return null;
  }
  return quickTest(reg) ?? ((t, i, length) => termMatches(t, reg, i, length) === true);
}

/** compromise's doesMatch, inlined, for a reg holding only a tag, a word or a (a|b) list. */
function quickTest(reg: Reg): ((term: TermFields) => boolean) | null {
  const r = reg as Record<string, unknown>;
  const set = REG_FIELDS.filter((f) => r[f] !== undefined && r[f] !== false);
  if (set.length !== 1) return null;
  if (set[0] === 'tag') {
    const tag = r.tag as string;
    return (t) => t.tags.has(tag);
  }
  if (set[0] === 'word') {
    const word = r.word as string;
    return (t) => (t.machine !== null && t.machine === word) || (!!t.alias && t.alias.some((a) => a === word)) || word === t.text || word === t.normal;
  }
  if (set[0] === 'fastOr') {
    const or = r.fastOr as Set<string>;
    return (t) => or.has((t.root || t.implicit || t.machine || t.normal) as string) || or.has(t.text);
  }
  return null;
}

function minLengthOf(regs: Reg[]): number {
  return regs.filter((x) => x.optional !== true && x.negative !== true).length;
}

/**
 * For a first reg that is a required "(a b|c d)" block: a start can match only where one of the
 * choices' first terms does. compromise's or-block tries the choices in order from the start's
 * word, each beginning with exactly this term test, and stops at a choice that is not a list.
 */
function orBlockStart(choices: unknown[]): (term: TermFields, i: number, length: number) => boolean {
  const firsts: Reg[] = [];
  for (const choice of choices) {
    if (!Array.isArray(choice)) break;
    if (choice.length > 0) firsts.push(choice[0] as Reg);
  }
  const onlyWords = firsts.every((f) => {
    const set = REG_FIELDS.filter((k) => (f as Record<string, unknown>)[k] !== undefined && (f as Record<string, unknown>)[k] !== false);
    return set.length === 1 && set[0] === 'word';
  });
  if (onlyWords) {
    const words = new Set(firsts.map((f) => (f as { word: string }).word));
    // compromise's word test: machine form, alias, written text or normal form
    return (t) => (t.machine != null && words.has(t.machine)) || (!!t.alias && t.alias.some((a) => words.has(a))) || words.has(t.text) || words.has(t.normal);
  }
  return (t, i, length) => firsts.some((f) => termMatches(t, f, i, length) === true);
}

/**
 * For a "(#Noun && @hasComma)" block: compromise's and-block needs every choice to match from the
 * start's word, each beginning with this term test.
 */
function andBlockStart(choices: unknown[]): StartTest | null {
  if (!choices.every(Array.isArray)) return null;
  const firsts = (choices as Reg[][]).filter((c) => c.length > 0).map((c) => c[0]!);
  const quick = firsts.map(quickTest);
  return (t, i, length) => {
    for (let k = 0; k < firsts.length; k++) {
      const q = quick[k];
      if (q ? !q(t) : termMatches(t, firsts[k], i, length) !== true) return false;
    }
    return true;
  };
}

/**
 * compromise's runMatch (match/index.js), line for line, except that a start whose word fails the
 * pattern's start test (planOf) is skipped: fromHere would fail there too, after copying the rest
 * of the sentence to find out.
 */
const fastRunMatch: RunMatch = (docs, todo, given) => {
  const { regs } = todo;
  if (!regs || regs.length === 0) return { ptrs: [], byGroup: {} };
  // View.match passes its cache, which may be null
  return runPattern(docs, { regs, group: todo.group, justOne: todo.justOne, notIf: todo.notIf, plan: planOf(regs) }, given || null);
};

function runPattern(docs: TermLike[][], todo: PatternTodo, cache: Array<Set<string>> | null): { ptrs: Ptr[]; byGroup: object } {
  const { regs, group, justOne, plan } = todo;
  let results: MatchResult[] = [];
  if (regs.length === 0) return { ptrs: [], byGroup: {} };
  const { minLength, start, next } = plan;
  const first = regs[0]!;
  docs: for (let n = 0; n < docs.length; n += 1) {
    const terms = docs[n]!;
    if (cache !== null && cache[n] && failFast(regs, cache[n])) continue;
    if (first.start === true) {
      const res = fromHere(terms, regs, 0, terms.length) as MatchResult | null;
      if (res) results.push(withSentence(res, n));
      continue;
    }
    const length = terms.length;
    for (let i = 0; i < length; i += 1) {
      if (length - i < minLength) break;
      if (start !== null && !start(terms[i] as TermFields, i, length)) continue;
      // a contraction's first half may take its second half with it ("we've" for "we")
      if (next !== null && !(terms[i] as TermFields).implicit && (i + 1 >= length || !next(terms[i + 1] as TermFields, i + 1, length))) continue;
      const res = fromHere(terms.slice(i), regs, i, length) as MatchResult | null;
      if (res) {
        results.push(withSentence(res, n));
        if (justOne === true) break docs;
        const end = res.pointer[2] as number;
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (results.length === 0) return { ptrs: [], byGroup: {} };
  if (regs[regs.length - 1]!.end === true) {
    results = results.filter((res) => docs[res.pointer[0] as number]!.length === res.pointer[2]);
  }
  if (todo.notIf) results = notIf(results, todo.notIf, docs);
  const found = getGroup(results, group) as { ptrs: Array<Array<number | string | undefined>>; byGroup: object };
  for (const ptr of found.ptrs) {
    const [n, start, end] = ptr as [number, number, number];
    ptr[3] = docs[n]![start]!.id;
    ptr[4] = docs[n]![end - 1]!.id;
  }
  return found as unknown as { ptrs: Ptr[]; byGroup: object };
}

function withSentence(res: MatchResult, n: number): MatchResult {
  res.pointer[0] = n;
  for (const k of Object.keys(res.groups)) res.groups[k]![0] = n;
  return res;
}

const fast = { bulkMatch: fastBulkMatch, match: fastRunMatch };
const originals = { bulkMatch: one.bulkMatch, match: one.match };

/** Puts the faster functions in place of compromise's own (idempotent). */
export function installFastMatchers(): void {
  Object.assign(one, fast);
}

/** Runs `run` with compromise's own functions, for the test that proves both agree. */
export function withCompromiseMatchers<T>(run: () => T): T {
  const current = { bulkMatch: one.bulkMatch, match: one.match };
  Object.assign(one, originals);
  try {
    return run();
  } finally {
    Object.assign(one, current);
  }
}
