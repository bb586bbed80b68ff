/**
 * The settings model without storage: types, defaults, validation, migrations, import/export.
 * Pure TypeScript so it runs in Node tests and in every extension page alike.
 */
import { z } from 'zod';
import type { Category } from '../analysis/types';
import { PLATFORM_HOSTS } from '../sites/hosts';

// Validation never compiles code at run time: extension pages forbid eval, and this avoids the probe.
z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

export interface BusinessProfile {
  name: string;
  signerName: string;
  signerRole: string;
  contact: { kind: 'email' | 'phone' | 'message'; value: string };
  replyLength: 'short' | 'standard' | 'warm';
}

export interface OwnPhrase {
  phrase: string;
  category: Category;
  message: string;
}

export interface SiteSettings {
  enabled: boolean;
  /** Per-site rule overrides: true = on, false = off; missing = the global toggle. */
  rules?: Record<string, boolean>;
}

export interface Settings {
  version: number;
  /** Rule id → on/off; missing = on. */
  rules: Record<string, boolean>;
  /** Platform id (lib/sites/hosts.ts ids, plus 'generic') → settings; missing = enabled. */
  sites: Record<string, SiteSettings>;
  /** Origins the owner added, e.g. "https://reviews.example.com". */
  extraSites: string[];
  ownPhrases: OwnPhrase[];
  allowedPhrases: string[];
  business: BusinessProfile;
  coolDownSeconds: number;
}

export const CATEGORIES: readonly Category[] = ['defensive', 'excuse', 'emotional', 'apology', 'policy'];

/** Every platform the owner can switch, in the order the options page lists them. */
export const PLATFORMS: ReadonlyArray<{ id: string; name: string }> = [
  ...PLATFORM_HOSTS.map(({ id, name }) => ({ id, name })),
  { id: 'generic', name: 'Other sites (any other reply box)' },
];

export const MAX_COOL_DOWN_SECONDS = 600;
/** Long enough for a real phrase or explanation, short enough to keep sync storage within quota. */
export const MAX_PHRASE_LENGTH = 100;
export const MAX_MESSAGE_LENGTH = 200;
export const MAX_TEXT_LENGTH = 120;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  rules: {},
  sites: {},
  extraSites: [],
  ownPhrases: [],
  allowedPhrases: [],
  business: {
    name: '',
    signerName: '',
    signerRole: '',
    contact: { kind: 'message', value: '' },
    replyLength: 'standard',
  },
  coolDownSeconds: 0,
}) as Settings;

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS itself is shared). */
export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, business: { ...DEFAULT_SETTINGS.business, contact: { ...DEFAULT_SETTINGS.business.contact } } });
}

const categorySchema = z.enum(['defensive', 'excuse', 'emotional', 'apology', 'policy']);
const toggles = z.record(z.string().min(1).max(80), z.boolean());

const originSchema = z.string().refine((s) => normaliseOrigin(s) === s, {
  message: 'must be a web address like "https://reviews.example.com" (http or https, no path)',
});

const ownPhraseSchema = z.object({
  phrase: z.string().trim().min(1, 'phrase is empty').max(MAX_PHRASE_LENGTH),
  category: categorySchema,
  message: z.string().max(MAX_MESSAGE_LENGTH),
});

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    rules: toggles,
    sites: z.record(z.string().min(1).max(80), z.object({ enabled: z.boolean(), rules: toggles.optional() }).strict()),
    extraSites: z.array(originSchema).max(100),
    ownPhrases: z.array(ownPhraseSchema).max(200),
    allowedPhrases: z.array(z.string().trim().min(1, 'phrase is empty').max(MAX_PHRASE_LENGTH)).max(200),
    business: z
      .object({
        name: z.string().max(MAX_TEXT_LENGTH),
        signerName: z.string().max(MAX_TEXT_LENGTH),
        signerRole: z.string().max(MAX_TEXT_LENGTH),
        contact: z.object({ kind: z.enum(['email', 'phone', 'message']), value: z.string().max(MAX_TEXT_LENGTH) }).strict(),
        replyLength: z.enum(['short', 'standard', 'warm']),
      })
      .strict(),
    coolDownSeconds: z.number().int().min(0).max(MAX_COOL_DOWN_SECONDS),
  })
  .strict();

/** "https://Reviews.Example.com/path" → "https://reviews.example.com"; undefined when it is not a web address. */
export function normaliseOrigin(input: string): string | undefined {
  const raw = input.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  // Hosts need a dot (or are localhost/IPs) so a typo like "https://yelp" is caught.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) return undefined;
  return url.origin;
}

/** The match pattern that covers every page of an origin, for permissions and content scripts. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export type ParseResult = { ok: true; settings: Settings; migratedFrom?: number } | { ok: false; errors: string[] };

/**
 * Migrations, keyed by the version they upgrade FROM. Version 0 is data without a version
 * number (hand-written files, or partial objects): whatever fields it has are kept and the
 * rest come from the defaults. Add an entry here whenever SETTINGS_VERSION goes up.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  0: (data) => {
    const d = defaultSettings();
    const business = isObject(data.business) ? data.business : {};
    return {
      ...d,
      ...data,
      version: 1,
      business: {
        ...d.business,
        ...business,
        contact: { ...d.business.contact, ...(isObject(business.contact) ? business.contact : {}) },
      },
    };
  },
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Brings stored or imported data up to SETTINGS_VERSION and validates it. Never throws:
 * errors say exactly which field is wrong, in words the owner can act on.
 */
export function parseSettings(data: unknown): ParseResult {
  if (!isObject(data)) return { ok: false, errors: ['The settings are not an object (expected {"version": …, "rules": …}).'] };
  let current: Record<string, unknown> = data;
  const from = current.version === undefined ? 0 : current.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return { ok: false, errors: [`"version" must be a whole number, not ${JSON.stringify(from)}.`] };
  }
  if (from > SETTINGS_VERSION) {
    return {
      ok: false,
      errors: [`These settings are version ${from}, made by a newer Calm Reply (this one reads up to version ${SETTINGS_VERSION}). Update Calm Reply first.`],
    };
  }
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, errors: [`There is no way to upgrade settings from version ${v}.`] };
    current = step(current);
  }
  const parsed = settingsSchema.safeParse(current);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  }
  const settings = parsed.data as Settings;
  const dupes = ownPhraseProblems(settings);
  if (dupes.length) return { ok: false, errors: dupes };
  return from === SETTINGS_VERSION ? { ok: true, settings } : { ok: true, settings, migratedFrom: from };
}

const TYPE_NAMES: Record<string, string> = {
  record: 'an object like {"name": value}',
  object: 'an object like {"name": value}',
  array: 'a list like ["…"]',
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
  if (issue.code === 'unrecognized_keys') return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return `${path}: is missing.`;
    return `${path}: should be ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v));
    return `${path}: must be ${values.length > 2 ? `one of ${values.join(', ')}` : values.join(' or ')}.`;
  }
  return `${path}: ${issue.message.replace(/\.$/, '')}.`;
}

/** Phrase key used to spot duplicates: case, spacing and outer punctuation do not make a phrase different. */
export function phraseKey(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019]/g, "'")
    // Double quotes only mark a phrase, they are never part of it.
    .replace(/["\u201C\u201D\u00AB\u00BB]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?"'()]+|[\s.,;:!?"'()]+$/g, '');
}

function ownPhraseProblems(s: Settings): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  s.ownPhrases.forEach((p, i) => {
    const key = phraseKey(p.phrase);
    if (!key) errors.push(`ownPhrases[${i}].phrase: has no words.`);
    else if (seen.has(key)) errors.push(`ownPhrases[${i}].phrase: "${p.phrase}" is listed twice.`);
    else seen.set(key, 'flag');
  });
  s.allowedPhrases.forEach((p, i) => {
    const key = phraseKey(p);
    if (!key) errors.push(`allowedPhrases[${i}]: has no words.`);
    else if (seen.get(key) === 'allow') errors.push(`allowedPhrases[${i}]: "${p}" is listed twice.`);
    else if (seen.get(key) === 'flag') errors.push(`allowedPhrases[${i}]: "${p}" is also a phrase to flag.`);
    else seen.set(key, 'allow');
  });
  return errors;
}

/**
 * Checks a phrase the owner is adding, against the lists as they stand.
 * Returns the message to show, or undefined when the phrase can be added.
 */
export function checkNewPhrase(s: Settings, phrase: string, list: 'flag' | 'allow'): string | undefined {
  const key = phraseKey(phrase);
  if (!key) return 'Type a word or phrase first.';
  if (phrase.trim().length > MAX_PHRASE_LENGTH) return `Keep a phrase under ${MAX_PHRASE_LENGTH} characters; flag its key words instead.`;
  if (s.ownPhrases.some((p) => phraseKey(p.phrase) === key)) {
    return list === 'flag' ? `"${phrase.trim()}" is already in your phrases to flag.` : `"${phrase.trim()}" is in your phrases to flag; remove it there first.`;
  }
  if (s.allowedPhrases.some((p) => phraseKey(p) === key)) {
    return list === 'allow' ? `"${phrase.trim()}" is already in your phrases to allow.` : `"${phrase.trim()}" is in your phrases to allow; remove it there first.`;
  }
  return undefined;
}

/** The JSON file the owner exports; importable on any other profile. */
export function exportSettings(s: Settings): string {
  return JSON.stringify({ ...s, exportedBy: 'Calm Reply' }, null, 2) + '\n';
}

/** Reads an exported file's text. Never changes anything itself; the caller saves only on ok. */
export function importSettings(text: string): ParseResult {
  if (!text.trim()) return { ok: false, errors: ['The file is empty.'] };
  if (text.length > 1_000_000) return { ok: false, errors: ['The file is too large to be Calm Reply settings (over 1 MB).'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON: ${(e as Error).message}`] };
  }
  if (isObject(data) && 'exportedBy' in data) {
    if (data.exportedBy !== 'Calm Reply') return { ok: false, errors: ['This file was not exported by Calm Reply.'] };
    const { exportedBy: _ignored, ...rest } = data;
    data = rest;
  }
  return parseSettings(data);
}
