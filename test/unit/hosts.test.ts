import { describe, expect, it } from 'vitest';
import { ALL_PLATFORM_MATCHES, PLATFORM_HOSTS } from '@/lib/sites/hosts';
import { GOOGLE_TLDS, googleMatches } from '@/lib/sites/google-domains';
import { platformIdFor } from '@/lib/sites';

describe('platform host list', () => {
  it('covers all 16 platforms of PLATFORMS.md with https-only match patterns', () => {
    expect(PLATFORM_HOSTS).toHaveLength(16);
    for (const pattern of ALL_PLATFORM_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/.*\*$/);
  });

  it('never lets the release build run on 127.0.0.1', () => {
    expect(ALL_PLATFORM_MATCHES.some((m) => m.includes('127.0.0.1'))).toBe(false);
  });
});

describe('Google country domains', () => {
  it("holds Google's 190 search hosts, www.google.com first, each once", () => {
    expect(GOOGLE_TLDS).toHaveLength(190);
    expect(GOOGLE_TLDS[0]).toBe('com');
    expect(new Set(GOOGLE_TLDS).size).toBe(190);
    for (const tld of ['de', 'pl', 'co.uk', 'com.au', 'co.jp', 'com.br', 'fr', 'cat']) expect(GOOGLE_TLDS).toContain(tld);
    for (const tld of GOOGLE_TLDS) expect(tld).toMatch(/^[a-z]{2,3}(\.[a-z]{2})?$/);
  });

  it('serves the business panel and its reviews frame on a country Google', () => {
    for (const url of [
      'https://www.google.de/search?q=caf%C3%A9+sonne',
      'https://www.google.pl/search?q=kawiarnia',
      'https://www.google.co.uk/maps/place/x',
      'https://www.google.com.au/local/business/123/customers/reviews',
      'https://www.google.fr/local/business/123/customers/reviews/reply?reviewId=abc',
      'https://www.google.com/search?q=sunny+cafe',
    ])
      expect(platformIdFor(url), url).toBe('google');
  });

  it('reads nothing else on those hosts, nor look-alike hosts', () => {
    for (const url of [
      'https://www.google.de/',
      'https://www.google.de/gmail',
      'https://mail.google.de/search?q=x',
      'https://www.google.de.evil.example/search?q=x',
      'https://www.google.example/search?q=x',
      'http://www.google.de/search?q=x',
    ])
      expect(platformIdFor(url), url).toBe('generic');
  });

  it('the manifest gets three patterns per host and no wider ones', () => {
    const google = PLATFORM_HOSTS.find((p) => p.id === 'google')!.matches;
    expect(google).toEqual(['https://business.google.com/*', ...googleMatches()]);
    expect(googleMatches()).toHaveLength(190 * 3);
    expect(google).toContain('https://www.google.de/search*');
    expect(google).toContain('https://www.google.de/local/business/*');
    expect(google.some((m) => /google\.[a-z.]+\/\*$/.test(m) && !m.startsWith('https://business.'))).toBe(false);
  });
});
