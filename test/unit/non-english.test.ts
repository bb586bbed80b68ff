/**
 * A draft that does not read as English gets the checks no language owns (LANGUAGE_FREE_RULES):
 * capitals, runs of "!" and "?", personal details, links and the site's length limit. Nothing that
 * needs English runs (excuses, blame, apologies, the learned model, the structure), and an English
 * draft is analysed exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, LANGUAGE_FREE_RULES } from '@/lib/analysis/index';
import { flagKey } from '@/lib/analysis/flag-key';
import type { Analysis } from '@/lib/analysis/types';

const analyzer = createAnalyzer();
const found = (a: Analysis) => a.flags.map((f) => [f.rule, f.text]);

const FRENCH =
  "Merci pour votre avis. Nous sommes désolés, mais c'est INACCEPTABLE de parler ainsi à notre personnel !!! Appelez-nous au 01 23 45 67 89 pour en discuter.";
const SPANISH =
  'Gracias por su reseña. NO ES VERDAD que el personal fuera grosero!!! Puede llamar al +34 912 345 678 o visitar www.hotelsol.es/ofertas para más información.';

describe('a draft in another language: the checks that need no language', () => {
  it('French: the word in capitals, the "!!!" and the phone number, and nothing else', () => {
    const a = analyzer.analyse(FRENCH);
    expect(a.language).toBe('other');
    expect(a.checks).toBe('language-free');
    expect(found(a)).toEqual([
      ['shouting', 'INACCEPTABLE'],
      ['punctuation-runs', '!!!'],
      ['personal-details', '01 23 45 67 89'],
    ]);
    for (const f of a.flags) expect(FRENCH.slice(f.start, f.end)).toBe(f.text);
    expect(a.flags[0]!.replacement).toBe('inacceptable');
    expect(a.flags[1]!.replacement).toBe('.');
    // the heat counts them as it would in English; the structure is not read
    expect(a.heat).toBeGreaterThan(0);
    expect(a.structure).toEqual({ acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false });
  });

  it('Spanish: a run of words in capitals, the "!!!", the phone number and the link', () => {
    const a = analyzer.analyse(SPANISH);
    expect(a.checks).toBe('language-free');
    expect(found(a)).toEqual([
      ['shouting', 'NO ES VERDAD'],
      ['punctuation-runs', '!!!'],
      ['personal-details', '+34 912 345 678'],
      ['promotion', 'www.hotelsol.es/ofertas'],
    ]);
    // it opens the sentence, so its first letter stays a capital
    expect(a.flags[0]!.replacement).toBe('No es verdad');
  });

  it('capitals in any cased script; scripts without case never shout', () => {
    expect(found(analyzer.analyse('Спасибо за отзыв. Это НЕПРАВДА, и мы очень сожалеем о задержке в ресторане.'))).toEqual([['shouting', 'НЕПРАВДА']]);
    expect(found(analyzer.analyse('Vielen Dank für Ihre Bewertung. Das ist ABSOLUT FALSCH?! Wir sind seit Jahren für unseren Service bekannt.'))).toEqual([
      ['shouting', 'ABSOLUT FALSCH'],
      ['punctuation-runs', '?!'],
    ]);
    const arabic = analyzer.analyse('شكرا جزيلا لك على تقييمك، ونعتذر بشدة عن التأخير في المطعم!!!');
    expect(arabic.language).toBe('other');
    expect(found(arabic)).toEqual([['punctuation-runs', '!!!']]);
  });

  it('leaves out what only English can judge: a double "!!", short acronyms, our own name, quoted words, an email, the word patterns of promotions', () => {
    const calm = [
      'Merci beaucoup pour votre avis!! Nous avons pris le train SNCF et la navette. Écrivez-nous à contact@hotel-soleil.fr pour en parler.',
      "Merci pour votre avis. Vous avez écrit « C'EST NUL » et nous sommes désolés pour l'attente à la réception.",
      'Vielen Dank für Ihre Bewertung. Sie schrieben „DAS IST EINE FRECHHEIT“ und das tut uns sehr leid.',
      "Merci beaucoup pour votre avis, nous sommes vraiment désolés pour l'attente à la réception et nous espérons vous revoir bientôt. Follow us on Instagram.",
    ];
    for (const text of calm) {
      const a = analyzer.analyse(text);
      expect(a.language, text).toBe('other');
      expect(found(a), text).toEqual([]);
    }
    const named = "Merci pour votre avis sur l'HÔTEL SOLEIL. Nous sommes désolés pour l'attente à la réception ce soir-là.";
    expect(found(analyzer.analyse(named, { business: 'Hôtel Soleil' }))).toEqual([]);
    // positive control: someone else's name in capitals is read as capitals
    expect(found(analyzer.analyse(named, { business: 'Le Grand Bleu' }))).toEqual([['shouting', 'HÔTEL SOLEIL']]);
  });

  it('the site’s length limit', () => {
    const long = `${'Merci beaucoup pour votre avis, nous sommes vraiment désolés pour le retard. '.repeat(5)}`;
    const a = analyzer.analyse(long, { platform: 'x' });
    expect(a.language).toBe('other');
    expect(a.flags.map((f) => f.rule)).toEqual(['over-limit']);
    expect(a.flags[0]!.end).toBe(long.length);
    expect(a.length.limit).toBe(280);
  });

  it('the owner’s choices hold: a rule turned off, a phrase allowed, a flag ignored', () => {
    expect(found(createAnalyzer({ disabledRules: ['shouting'] }).analyse(FRENCH)).map(([rule]) => rule)).toEqual(['punctuation-runs', 'personal-details']);
    expect(found(createAnalyzer({ allowedPhrases: ['inacceptable'] }).analyse(FRENCH)).map(([rule]) => rule)).toEqual(['punctuation-runs', 'personal-details']);
    const all = analyzer.analyse(FRENCH);
    const key = flagKey(all.flags[0]!);
    const ignored = analyzer.analyse(FRENCH, { ignored: [key] });
    expect(ignored.flags.map((f) => f.rule)).toEqual(['punctuation-runs', 'personal-details']);
    expect(ignored.ignored?.map((f) => f.text)).toEqual(['INACCEPTABLE']);
    expect(ignored.heat).toBeLessThan(all.heat);
  });

  it('every flag on any non-English draft comes from a language-free rule', () => {
    expect(LANGUAGE_FREE_RULES).toEqual(['shouting', 'punctuation-runs', 'personal-details', 'promotion', 'over-limit']);
    for (const text of [FRENCH, SPANISH, `${FRENCH} Vous auriez dû réserver. De toute façon, c'est votre faute.`]) {
      for (const f of analyzer.analyse(text).flags) expect(LANGUAGE_FREE_RULES).toContain(f.rule);
    }
  });
});

describe('an English draft is unchanged', () => {
  it('every check runs, with no `checks` field, and the English-reading parts still speak', () => {
    const text = 'Thank you for your review. That is ABSOLUTELY FALSE!!! Call me on 07700 900123.';
    const a = analyzer.analyse(text);
    expect(a.language).toBe('en');
    expect('checks' in a).toBe(false);
    expect(found(a)).toEqual([
      ['contradicts-customer', 'That is ABSOLUTELY FALSE'],
      ['shouting', 'ABSOLUTELY FALSE'],
      ['punctuation-runs', '!!!'],
    ]);
    // a warm "!!" passes in English as before, and a cold one is flagged
    expect(found(analyzer.analyse('Thank you so much!! We loved having you.'))).toEqual([]);
    expect(found(analyzer.analyse('You never told us!!')).map(([rule]) => rule)).toContain('punctuation-runs');
  });
});
