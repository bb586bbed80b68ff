/**
 * The adapter registry: which adapter serves a page. Hosts come from hosts.ts (the one list);
 * anything else, or a platform page whose path is not the owner's area, gets the generic adapter.
 */
import { PLATFORM_HOSTS } from './hosts';
import type { SiteAdapter } from './adapter';
import generic from './generic';
import airbnb from './platforms/airbnb';
import amazon from './platforms/amazon';
import appstore from './platforms/appstore';
import booking from './platforms/booking';
import etsy from './platforms/etsy';
import facebook from './platforms/facebook';
import g2 from './platforms/g2';
import google from './platforms/google';
import googleplay from './platforms/googleplay';
import instagram from './platforms/instagram';
import linkedin from './platforms/linkedin';
import reddit from './platforms/reddit';
import tripadvisor from './platforms/tripadvisor';
import trustpilot from './platforms/trustpilot';
import x from './platforms/x';
import yelp from './platforms/yelp';

export type { SiteAdapter } from './adapter';

export const ADAPTERS: SiteAdapter[] = [
  google, yelp, tripadvisor, trustpilot, facebook, instagram, x, linkedin, reddit, amazon, appstore, googleplay, booking, airbnb, etsy, g2,
];
export const GENERIC = generic;

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Does `url` fall under a manifest match pattern such as "https://www.yelp.com/*"? */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (scheme === '*' && !/^https?:$/.test(url.protocol)) return false;
  const hostOk = host!.startsWith('*.') ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1)) : url.hostname === host;
  return hostOk && globToRegExp(path!).test(url.pathname + url.search);
}

/** The platform id serving this URL ('generic' when none). */
export function platformIdFor(href: string, options: { test?: boolean } = {}): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'generic';
  }
  // Test build only: fixture pages on 127.0.0.1 name their platform in the path.
  if (options.test && url.hostname === '127.0.0.1') {
    const m = /^\/platforms\/([a-z0-9]+)\//.exec(url.pathname);
    if (m && ADAPTERS.some((a) => a.id === m[1])) return m[1]!;
    return 'generic';
  }
  return PLATFORM_HOSTS.find((p) => p.matches.some((pattern) => matchesPattern(pattern, url)))?.id ?? 'generic';
}

export function adapterFor(href: string, options: { test?: boolean } = {}): SiteAdapter {
  const id = platformIdFor(href, options);
  return ADAPTERS.find((a) => a.id === id) ?? GENERIC;
}
