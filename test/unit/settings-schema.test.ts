import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  checkNewPhrase,
  defaultSettings,
  exportSettings,
  importSettings,
  normaliseOrigin,
  originPattern,
  parseSettings,
  phraseKey,
  type Settings,
} from '@/lib/settings/schema';

function full(): Settings {
  return {
    version: SETTINGS_VERSION,
    rules: { 'blames-customer': false },
    sites: { yelp: { enabled: false }, google: { enabled: true, rules: { absolutes: false } } },
    extraSites: ['https://reviews.example.com'],
    ownPhrases: [{ phrase: 'no refunds', category: 'policy', message: 'Say what you can do instead.' }],
    allowedPhrases: ['never frozen'],
    business: { name: 'Café Olé', signerName: 'Sam', signerRole: 'Owner', contact: { kind: 'email', value: 'sam@example.com' }, replyLength: 'warm' },
    coolDownSeconds: 30,
  };
}

describe('parseSettings: validation', () => {
  it('accepts the defaults and a fully filled-in object unchanged', () => {
    expect(parseSettings(defaultSettings())).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(parseSettings(full())).toEqual({ ok: true, settings: full() });
  });

  it('keeps emoji, right-to-left text and non-English names intact', () => {
    const s = full();
    s.business.name = 'مطعم السلام 🍽️';
    s.allowedPhrases = ['никогда', 'שלום'];
    expect(parseSettings(s)).toEqual({ ok: true, settings: s });
  });

  const bad: Array<[string, (s: Record<string, unknown>) => void, RegExp]> = [
    ['rules not an object', (s) => (s.rules = 'all'), /^rules: /],
    ['rule toggle not a boolean', (s) => (s.rules = { 'blames-customer': 'off' }), /^rules\.blames-customer: /],
    ['site without enabled', (s) => (s.sites = { yelp: {} }), /^sites\.yelp\.enabled: /],
    ['extra site with a path', (s) => (s.extraSites = ['https://example.com/reviews']), /^extraSites\[0\]: must be a web address/],
    ['extra site not http', (s) => (s.extraSites = ['ftp://example.com']), /^extraSites\[0\]: /],
    ['own phrase with an unknown category', (s) => (s.ownPhrases = [{ phrase: 'x', category: 'rude', message: '' }]), /^ownPhrases\[0\]\.category: /],
    ['empty own phrase', (s) => (s.ownPhrases = [{ phrase: '  ', category: 'policy', message: '' }]), /^ownPhrases\[0\]\.phrase: phrase is empty/],
    ['empty allowed phrase', (s) => (s.allowedPhrases = ['']), /^allowedPhrases\[0\]: phrase is empty/],
    ['negative cool-down', (s) => (s.coolDownSeconds = -1), /^coolDownSeconds: /],
    ['fractional cool-down', (s) => (s.coolDownSeconds = 1.5), /^coolDownSeconds: /],
    ['huge cool-down', (s) => (s.coolDownSeconds = 100000), /^coolDownSeconds: /],
    ['unknown contact kind', (s) => ((s.business as Settings['business']).contact = { kind: 'fax', value: '1' } as never), /^business\.contact\.kind: /],
    ['unknown reply length', (s) => ((s.business as Settings['business']).replyLength = 'long' as never), /^business\.replyLength: /],
    ['unknown top-level field', (s) => (s.theme = 'dark'), /^\(top level\): unknown field "theme"/],
    ['100k-character business name', (s) => ((s.business as Settings['business']).name = 'x'.repeat(100_000)), /^business\.name: /],
  ];
  for (const [name, spoil, expected] of bad) {
    it(`rejects ${name}, naming the field`, () => {
      const s = full() as unknown as Record<string, unknown>;
      spoil(s);
      const r = parseSettings(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => expected.test(e)), r.errors.join('\n')).toBe(true);
    });
  }

  it('rejects duplicate phrases, ignoring case and spacing', () => {
    const s = full();
    s.ownPhrases.push({ phrase: '  No   Refunds!', category: 'defensive', message: '' });
    expect(parseSettings(s)).toEqual({ ok: false, errors: ['ownPhrases[1].phrase: "No   Refunds!" is listed twice.'] });
    const t = full();
    t.allowedPhrases.push('No refunds');
    expect(parseSettings(t)).toEqual({ ok: false, errors: ['allowedPhrases[1]: "No refunds" is also a phrase to flag.'] });
  });

  it('rejects anything that is not an object', () => {
    for (const v of [null, 42, 'settings', [], true]) expect(parseSettings(v).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseSettings(v);
        return r.ok ? typeof r.settings.version === 'number' : r.errors.length > 0 && r.errors.every((e) => typeof e === 'string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSettings: migrations', () => {
  it('upgrades unversioned data (version 0), keeping every field it has', () => {
    const r = parseSettings({ rules: { 'blames-customer': false }, business: { name: 'Bistro', contact: { kind: 'phone' } }, coolDownSeconds: 10 });
    expect(r).toEqual({
      ok: true,
      migratedFrom: 0,
      settings: {
        ...defaultSettings(),
        rules: { 'blames-customer': false },
        business: { ...defaultSettings().business, name: 'Bistro', contact: { kind: 'phone', value: '' } },
        coolDownSeconds: 10,
      },
    });
  });

  it('upgrades an empty unversioned object to the defaults', () => {
    expect(parseSettings({})).toEqual({ ok: true, migratedFrom: 0, settings: DEFAULT_SETTINGS });
  });

  it('still validates what a migration produced', () => {
    const r = parseSettings({ coolDownSeconds: 'ten' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^coolDownSeconds: /);
  });

  it('upgrades from every earlier version up to the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) {
      const data = v === 0 ? {} : { version: v };
      const r = parseSettings(data);
      expect(r.ok, `from version ${v}`).toBe(true);
    }
  });

  it('refuses settings from a newer Calm Reply, and nonsense versions', () => {
    const newer = parseSettings({ ...full(), version: SETTINGS_VERSION + 1 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.errors[0]).toMatch(/newer Calm Reply/);
    for (const version of [-1, 1.5, '1', null]) {
      const r = parseSettings({ ...full(), version });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/"version" must be a whole number/);
    }
  });
});

describe('import and export', () => {
  it('round-trips an exported file', () => {
    const text = exportSettings(full());
    expect(JSON.parse(text).exportedBy).toBe('Calm Reply');
    expect(importSettings(text)).toEqual({ ok: true, settings: full() });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(importSettings('\uFEFF' + exportSettings(full())).ok).toBe(true);
  });

  const malformed: Array<[string, string, RegExp]> = [
    ['an empty file', '', /The file is empty/],
    ['whitespace only', '  \n ', /The file is empty/],
    ['truncated JSON', exportSettings(full()).slice(0, 40), /not valid JSON/],
    ['a web page', '<html><body>Settings</body></html>', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /not an object/],
    ['a JSON string', '"settings"', /not an object/],
    ['another app’s export', JSON.stringify({ exportedBy: 'Other Extension', version: 1 }), /not exported by Calm Reply/],
    ['a file from a newer version', JSON.stringify({ ...full(), version: 99, exportedBy: 'Calm Reply' }), /version 99, made by a newer Calm Reply/],
    ['a wrongly typed field', JSON.stringify({ ...full(), coolDownSeconds: 'soon', exportedBy: 'Calm Reply' }), /^coolDownSeconds: /],
    ['a huge file', ' '.repeat(1_000_001) + '{}', /too large/],
  ];
  for (const [name, text, expected] of malformed) {
    it(`explains ${name}`, () => {
      const r = importSettings(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => expected.test(e)), r.errors.join('\n')).toBe(true);
    });
  }

  it('lists every problem of a file, not only the first', () => {
    const r = importSettings(JSON.stringify({ ...full(), rules: [], coolDownSeconds: -5, extraSites: ['nope'] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.split(':')[0]).sort()).toEqual(['coolDownSeconds', 'extraSites[0]', 'rules']);
  });
});

describe('site addresses', () => {
  it('normalises what owners type into an origin', () => {
    expect(normaliseOrigin('reviews.example.com')).toBe('https://reviews.example.com');
    expect(normaliseOrigin(' HTTPS://Reviews.Example.com/some/page?x=1 ')).toBe('https://reviews.example.com');
    expect(normaliseOrigin('http://localhost:8080/x')).toBe('http://localhost:8080');
    expect(normaliseOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(normaliseOrigin('bücher.de')).toBe('https://xn--bcher-kva.de');
  });

  it('rejects what is not a web address', () => {
    for (const s of ['', '   ', 'yelp', 'ftp://example.com', 'javascript:alert(1)', 'https://user:pw@example.com', 'not a site', '<b>x</b>']) {
      expect(normaliseOrigin(s), s).toBeUndefined();
    }
  });

  it('turns an origin into a match pattern without the port', () => {
    expect(originPattern('https://reviews.example.com')).toBe('https://reviews.example.com/*');
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
  });
});

describe('own phrases', () => {
  it('compares phrases by case, spacing and outer punctuation only', () => {
    expect(phraseKey('  “Never”  EVER! ')).toBe(phraseKey('never ever'));
    expect(phraseKey('don’t')).toBe(phraseKey("don't"));
    expect(phraseKey('refund')).not.toBe(phraseKey('refunds policy'));
  });

  it('refuses empty, too long and duplicate phrases with a message', () => {
    const s = full();
    expect(checkNewPhrase(s, '   ', 'flag')).toMatch(/Type a word/);
    expect(checkNewPhrase(s, '!!!', 'allow')).toMatch(/Type a word/);
    expect(checkNewPhrase(s, 'x'.repeat(101), 'flag')).toMatch(/under 100 characters/);
    expect(checkNewPhrase(s, 'NO REFUNDS', 'flag')).toMatch(/already in your phrases to flag/);
    expect(checkNewPhrase(s, 'no refunds', 'allow')).toMatch(/in your phrases to flag; remove it there first/);
    expect(checkNewPhrase(s, 'Never Frozen', 'allow')).toMatch(/already in your phrases to allow/);
    expect(checkNewPhrase(s, 'never frozen', 'flag')).toMatch(/in your phrases to allow; remove it there first/);
    expect(checkNewPhrase(s, 'frankly', 'flag')).toBeUndefined();
  });
});
