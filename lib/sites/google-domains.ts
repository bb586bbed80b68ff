/**
 * Google's search domains, for owners who reach their business panel from a country Google
 * (www.google.de/search, www.google.pl/maps, …): the same merchant panel and the same reviews
 * frame as on www.google.com, so the same adapter serves them.
 *
 * The list is Google's own published one (https://www.google.com/supported_domains, 190 hosts,
 * the same list public userscripts copy into their @match lines, e.g.
 * github.com/IcyBearLovesSleep/reddit-search-on-google-2, 2023). To refresh it, fetch that page,
 * strip the leading ".google." from each line and replace GOOGLE_TLDS; the unit test in
 * test/unit/hosts.test.ts pins the count and a few members so a slip shows.
 *
 * Only three paths per host are matched: /search (Search's business panel), /maps and
 * /local/business/ (the reviews frame). Mail, Docs, the home page and everything else on those
 * hosts stay out of reach of the content script.
 */

/** What follows "www.google." on each of Google's search hosts; "com" first. */
export const GOOGLE_TLDS: readonly string[] = [
  'com', 'ad', 'ae', 'com.af', 'com.ag', 'com.ai', 'al', 'am', 'co.ao', 'com.ar', 'as', 'at', 'com.au', 'az',
  'ba', 'com.bd', 'be', 'bf', 'bg', 'com.bh', 'bi', 'bj', 'com.bn', 'com.bo', 'com.br', 'bs', 'bt', 'co.bw',
  'by', 'com.bz', 'ca', 'cd', 'cf', 'cg', 'ch', 'ci', 'co.ck', 'cl', 'cm', 'cn', 'com.co', 'co.cr', 'com.cu',
  'cv', 'com.cy', 'cz', 'de', 'dj', 'dk', 'dm', 'com.do', 'dz', 'com.ec', 'ee', 'com.eg', 'es', 'com.et',
  'fi', 'com.fj', 'fm', 'fr', 'ga', 'ge', 'gg', 'com.gh', 'com.gi', 'gl', 'gm', 'gr', 'com.gt', 'gy',
  'com.hk', 'hn', 'hr', 'ht', 'hu', 'co.id', 'ie', 'co.il', 'im', 'co.in', 'iq', 'is', 'it', 'je', 'com.jm',
  'jo', 'co.jp', 'co.ke', 'com.kh', 'ki', 'kg', 'co.kr', 'com.kw', 'kz', 'la', 'com.lb', 'li', 'lk', 'co.ls',
  'lt', 'lu', 'lv', 'com.ly', 'co.ma', 'md', 'me', 'mg', 'mk', 'ml', 'com.mm', 'mn', 'ms', 'com.mt', 'mu',
  'mv', 'mw', 'com.mx', 'com.my', 'co.mz', 'com.na', 'com.ng', 'com.ni', 'ne', 'nl', 'no', 'com.np', 'nr',
  'nu', 'co.nz', 'com.om', 'com.pa', 'com.pe', 'com.pg', 'com.ph', 'com.pk', 'pl', 'pn', 'com.pr', 'ps',
  'pt', 'com.py', 'com.qa', 'ro', 'ru', 'rw', 'com.sa', 'com.sb', 'sc', 'se', 'com.sg', 'sh', 'si', 'sk',
  'com.sl', 'sn', 'so', 'sm', 'sr', 'st', 'com.sv', 'td', 'tg', 'co.th', 'com.tj', 'tl', 'tm', 'tn', 'to',
  'com.tr', 'tt', 'com.tw', 'co.tz', 'com.ua', 'co.ug', 'co.uk', 'com.uy', 'co.uz', 'com.vc', 'co.ve', 'vg',
  'co.vi', 'com.vn', 'vu', 'ws', 'rs', 'co.za', 'co.zm', 'co.zw', 'cat',
];

/** The paths on a Google host where owners read and answer their reviews. */
export const GOOGLE_OWNER_PATHS = ['/search*', '/maps*', '/local/business/*'] as const;

/** Match patterns for every Google search host and owner path (https only). */
export function googleMatches(tlds: readonly string[] = GOOGLE_TLDS): string[] {
  return tlds.flatMap((tld) => GOOGLE_OWNER_PATHS.map((path) => `https://www.google.${tld}${path}`));
}
