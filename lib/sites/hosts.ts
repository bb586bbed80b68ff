/**
 * The one list of sites Calm Reply serves out of the box (PLATFORMS.md, "Where owners reply").
 * The manifest's content-script matches and each adapter's URL test are both derived from it,
 * so adding a country domain is a one-line change here.
 */
import { googleMatches } from './google-domains';

export interface PlatformHosts {
  id: string;
  name: string;
  /** Match patterns (https only) for the manifest. */
  matches: string[];
}

const tripadvisorTlds = ['com', 'co.uk', 'ca', 'com.au', 'in', 'ie', 'co.nz', 'de', 'fr', 'es', 'it', 'nl', 'com.sg', 'co.za'];
const amazonTlds = ['com', 'co.uk', 'ca', 'com.au', 'de', 'fr', 'es', 'it', 'in', 'co.jp', 'com.mx', 'nl'];
const airbnbTlds = ['com', 'co.uk', 'ca', 'com.au', 'ie', 'co.nz', 'de', 'fr', 'es', 'it', 'nl'];

export const PLATFORM_HOSTS: PlatformHosts[] = [
  // Owners reply from the business panel in Search results, in Maps, and in the reviews frame that
  // panel loads, on www.google.com and on every country Google (google-domains.ts); the rest of
  // Google (Mail, Docs, the home page) is not read.
  {
    id: 'google',
    name: 'Google Business Profile',
    matches: ['https://business.google.com/*', ...googleMatches()],
  },
  { id: 'yelp', name: 'Yelp', matches: ['https://biz.yelp.com/*', 'https://www.yelp.com/*'] },
  { id: 'tripadvisor', name: 'Tripadvisor', matches: tripadvisorTlds.map((t) => `https://www.tripadvisor.${t}/*`) },
  { id: 'trustpilot', name: 'Trustpilot', matches: ['https://businessapp.b2b.trustpilot.com/*', 'https://www.trustpilot.com/*'] },
  { id: 'facebook', name: 'Facebook', matches: ['https://www.facebook.com/*', 'https://business.facebook.com/*'] },
  { id: 'instagram', name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'x', name: 'X / Twitter', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'reddit', name: 'Reddit', matches: ['https://www.reddit.com/*'] },
  { id: 'amazon', name: 'Amazon Seller Central', matches: amazonTlds.map((t) => `https://sellercentral.amazon.${t}/*`) },
  { id: 'appstore', name: 'App Store Connect', matches: ['https://appstoreconnect.apple.com/*'] },
  { id: 'googleplay', name: 'Google Play Console', matches: ['https://play.google.com/console/*'] },
  { id: 'booking', name: 'Booking.com', matches: ['https://admin.booking.com/*'] },
  { id: 'airbnb', name: 'Airbnb', matches: airbnbTlds.map((t) => `https://www.airbnb.${t}/*`) },
  { id: 'etsy', name: 'Etsy', matches: ['https://www.etsy.com/*'] },
  { id: 'g2', name: 'G2 / Capterra', matches: ['https://my.g2.com/*', 'https://www.g2.com/*', 'https://www.capterra.com/*'] },
];

/** Every match pattern, for the manifest. */
export const ALL_PLATFORM_MATCHES: string[] = PLATFORM_HOSTS.flatMap((p) => p.matches);

/** Extra pattern the test build adds so tests can serve pages from 127.0.0.1. */
export const TEST_MATCHES = ['http://127.0.0.1/*'];
