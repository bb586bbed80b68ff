import nlp from 'compromise';
import type { Hit, Term } from '../rules/types';
import { installFastMatchers } from './compromise-speedups';

// re-tagging the sentence being typed is most of a keystroke, and compromise's matchers most of that
installFastMatchers();

export type Doc = ReturnType<typeof nlp>;
export type Net = ReturnType<typeof nlp.buildNet>;

export interface PatternSet {
  /** owner id (rule id or structure feature) */
  owner: string;
  patterns: string[];
}

// Words so common that "the sentence contains one" says nothing about whether a pattern can match.
const COMMON = new Set(
  `a an the this that these those it its it's we i you your our my me us they them their he she his her is was are were be been
  being have has had do does did will would can could should shall may might must to of for in on at with by from and or but
  not no so if as all any one just very really there here what when how why who which up out about more`.split(/\s+/),
);

interface Reg {
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
}
interface NetMatch {
  match: string;
  id: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** The words one required OR-group can be, or null when it can be a tag or any word. */
function groupWords(reg: Reg): string[] | null {
  if (reg.operator !== 'or' || reg.optional || reg.negative) return null;
  const words = reg.fastOr ? [...reg.fastOr] : [];
  for (const choice of reg.choices ?? []) {
    // every word of a multi-word choice must be present, so key it on its least common word
    const required = choice.filter((r) => !r.optional);
    const pick = required.find((r) => r.word && !COMMON.has(r.word)) ?? required[0];
    if (!pick?.word) return null;
    words.push(pick.word);
  }
  return words.length > 0 ? words : null;
}

/**
 * One net for every pattern. compromise only tries a pattern on a sentence that holds one of the
 * words the pattern could start from; for "(a|an) (isolated|rare) (incident|case)" that includes
 * "a", so nearly every sentence pays for a full match. Here each pattern is re-keyed on its rarest
 * required group ("isolated|rare"), which keeps the sweep a small fraction of the parse.
 */
export function buildNet(sets: PatternSet[]): Net {
  const matches: Array<{ match: string; id: string }> = [];
  for (const set of sets) set.patterns.forEach((match, i) => matches.push({ match, id: `${set.owner}#${i}` }));
  // the typings want compromise's Match; plain {match, id} is what buildNet reads
  const net = nlp.buildNet(matches as never) as unknown as { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
  const all = new Set<NetMatch>();
  for (const list of Object.values(net.hooks)) for (const m of list) all.add(m);
  const hooks: Record<string, NetMatch[]> = {};
  for (const m of all) {
    const rare = m.regs.map(groupWords).find((words) => words !== null && words.every((w) => !COMMON.has(w)));
    if (rare && !m.needs.some((n) => !n.startsWith('#') && !COMMON.has(n))) {
      m.wants = rare;
      m.minWant = 1;
    }
    // one required key is enough to find the pattern; trim-down still checks every need and want
    const rareNeed = m.needs.find((n) => !n.startsWith('#') && !COMMON.has(n));
    const keys = rareNeed ? [rareNeed] : m.wants.length > 0 ? m.wants : m.needs.slice(0, 1);
    for (const key of new Set(keys)) (hooks[key] ??= []).push(m);
  }
  net.hooks = hooks;
  return net as unknown as Net;
}

export interface Parsed {
  doc: Doc;
  terms: Term[];
  /** owner id → hits in order */
  hits: Map<string, Hit[]>;
}

interface World {
  methods: {
    one: {
      tokenize: { fromString: (text: string, world: World) => RawTerm[][] };
      cacheDoc: (document: RawTerm[][]) => Array<Set<string>>;
      match: (docs: RawTerm[][], todo: NetMatch) => { ptrs: Array<[number, number, number]> };
    };
  };
}

/**
 * compromise's sweep (bulkMatch: hooks, trim-down, too-small, match), with one change: a sentence
 * looks up the hooks of the words and tags it holds, where compromise tests every hook of the net
 * against every sentence (Object.keys(hooks) per sentence was half the sweep, a quarter of a
 * keystroke). Same candidates, same order of checks, same matches.
 */
function sweep(docs: RawTerm[][], net: Net, world: World): Array<{ id: string; n: number; a: number; b: number }> {
  const { hooks, always } = net as unknown as { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
  const { cacheDoc, match } = world.methods.one;
  const caches = cacheDoc(docs);
  const found: Array<{ id: string; n: number; a: number; b: number }> = [];
  for (let n = 0; n < docs.length; n++) {
    const have = caches[n]!;
    // A pattern hooked on several keys is tried once (compromise dropped a second rule's identical
    // pattern string too; by identity each rule keeps its own).
    const seen = new Set<NetMatch>();
    const maybe: NetMatch[] = [];
    for (const key of have) {
      // Own keys only: a draft may contain the word "__proto__".
      if (!Object.hasOwn(hooks, key)) continue;
      for (const m of hooks[key]!) {
        if (seen.has(m)) continue;
        seen.add(m);
        if (!m.needs.every((need) => have.has(need))) continue;
        if (m.ifNo?.some((no) => have.has(no))) continue;
        if (m.wants.length > 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) continue;
        maybe.push(m);
      }
    }
    maybe.push(...always);
    for (const m of maybe) {
      if (docs[n]!.length < m.minWords) continue;
      for (const [, a, b] of match([docs[n]!], m).ptrs) found.push({ id: m.id, n, a, b });
    }
  }
  return found;
}

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  implicit?: string;
  root?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
}

/**
 * Parses several sentences in one compromise call (one call costs about as much as a bare parse of
 * the same text; many small calls cost more), then gives each sentence its own terms with exact
 * offsets and its sweep hits.
 *
 * Each sentence is tokenised on its own and only the tagging runs over the batch: compromise's own
 * sentence splitter glues a word-less piece ("." or "...") onto its neighbour and moves punctuation
 * between terms, so tokenising the joined batch made a sentence's terms, and so its cached result,
 * depend on which sentences happened to be parsed with it (the incremental path then disagreed
 * with a fresh analysis).
 */
export function parseSentences(texts: string[], net: Net): Parsed[] {
  if (texts.length === 0) return [];
  const world = (nlp as unknown as { _world: World })._world;
  const fromString = world.methods.one.tokenize.fromString;
  const document: RawTerm[][] = [];
  const owner: number[] = []; // our sentence for each compromise sentence
  texts.forEach((t, s) => {
    for (const terms of fromString(t, world)) {
      if (terms.length === 0) continue;
      owner.push(s);
      document.push(terms);
    }
  });
  // The same steps as nlp(text) minus 'chunks' (noun/verb phrase chunking, which no rule reads) and
  // 'freeze'; the tags come out identical. No compute('root'): the sweep would then look words up by
  // their root and miss "apologies".
  const doc = nlp.tokenize('');
  (doc as unknown as { document: RawTerm[][] }).document = document;
  (doc.compute as (steps: string[]) => void)([
    'alias', 'normal', 'machine', 'contractions',
    'index', 'id', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger',
  ]);
  const docs = (doc as unknown as { docs: RawTerm[][] }).docs;

  const out: Parsed[] = texts.map(() => ({ doc: null as unknown as Doc, terms: [], hits: new Map() }));
  const firstTerm: number[] = []; // index of compromise sentence's first term within our sentence
  const groups: number[][] = texts.map(() => []);
  const cursors: number[] = texts.map(() => 0);
  for (let n = 0; n < docs.length; n++) {
    const s = owner[n]!;
    const text = texts[s]!;
    firstTerm[n] = out[s]!.terms.length;
    groups[s]!.push(n);
    for (const raw of docs[n]!) {
      const cursor = cursors[s]!;
      let start = cursor;
      let end = cursor;
      if (raw.text) {
        const found = text.indexOf(raw.text, cursor);
        // compromise keeps the written text; if it ever did not, fall back to the cursor
        start = found >= 0 && found - cursor < 64 ? found : cursor;
        end = Math.min(text.length, start + raw.text.length);
        cursors[s] = end;
      }
      out[s]!.terms.push({
        text: raw.text,
        normal: raw.implicit ?? raw.machine ?? raw.normal ?? raw.text.toLowerCase(),
        root: raw.root ?? raw.implicit ?? raw.machine ?? raw.normal ?? '',
        tags: raw.tags,
        start,
        end,
        pre: raw.pre ?? '',
        post: raw.post ?? '',
      });
    }
  }
  for (let s = 0; s < texts.length; s++) {
    out[s]!.doc = (doc.update as unknown as (ptrs: number[][]) => Doc)(groups[s]!.map((n) => [n]));
  }

  for (const f of sweep(docs, net, world)) {
    const s = owner[f.n];
    if (s === undefined) continue;
    const hash = f.id.lastIndexOf('#');
    const id = f.id.slice(0, hash);
    const pattern = Number(f.id.slice(hash + 1));
    const offset = firstTerm[f.n]!;
    const list = out[s]!.hits.get(id) ?? [];
    list.push({ pattern, from: offset + f.a, to: offset + f.b });
    out[s]!.hits.set(id, list);
  }
  for (const p of out) for (const list of p.hits.values()) list.sort((x, y) => x.from - y.from || y.to - x.to);
  return out;
}
