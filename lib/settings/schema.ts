/**
 * The settings model without storage: types, defaults, validation, migrations, import/export.
 * Pure TypeScript so it runs in Node tests and in every extension page alike.
 */
// valibot, not zod: zod ships a code-generating validator (the Function constructor) even when
// told not to use it, and the extension promises no eval anywhere in what it ships.
import * as v from 'valibot';
import type { Category } from '../analysis/types';
import { PLATFORM_HOSTS } from '../sites/hosts';

export const SETTINGS_VERSION = 1;

export interface BusinessProfile {
  name: string;
  signerName: string;
  signerRole: string;
  contact: { kind: 'email' | 'phone' | 'message'; value: string };
  replyLength: 'short' | 'standard' | 'warm';
  /** The kind of business: picks the words suggestions use for the reviewer and the welcome back. */
  kind?: BusinessKind;
}

export const BUSINESS_KINDS = ['hotel', 'restaurant', 'shop', 'trades', 'healthcare', 'app', 'other'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

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
  /**
   * Nudge to reply once a review of three stars or fewer has waited this many days; 0 = never.
   * Absent in settings saved before it existed: DEFAULT_REPLY_SOON_DAYS.
   */
  replySoonDays?: ReplySoonDays;
}

export const REPLY_SOON_CHOICES = [0, 1, 2, 3, 7] as const;
export type ReplySoonDays = (typeof REPLY_SOON_CHOICES)[number];
export const DEFAULT_REPLY_SOON_DAYS: ReplySoonDays = 2;
export const replySoonDaysOf = (s: Settings): ReplySoonDays => s.replySoonDays ?? DEFAULT_REPLY_SOON_DAYS;

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

/*
 * Each schema's message is the owner-facing words after "path: "; describeIssue adds the path and
 * the full stop. Objects and records are checked field by field here (valibot's own object and
 * record schemas accept arrays and report only the first unknown field), so a file gets every
 * problem listed at once.
 */
type Issue = v.BaseIssue<unknown>;
type Schema<T> = v.GenericSchema<unknown, T>;

const OBJECT = 'an object like {"name": value}';
const LIST = 'a list like ["…"]';
const TEXT = 'text in quotes';

/** A field that is absent reads as missing, not as the wrong type. */
const shouldBe = (what: string) => (issue: Issue) => (issue.input === undefined ? 'is missing' : `should be ${what}`);

function mustBe(values: readonly (string | number)[]): string {
  const quoted = values.map((x) => JSON.stringify(x));
  return `must be ${quoted.length > 2 ? `one of ${quoted.join(', ')}` : quoted.join(' or ')}`;
}

const choice = <const T extends readonly string[]>(options: T) => v.picklist(options, mustBe(options));
const tooLong = (max: number) => `Too big: expected string to have <=${max} characters`;
const tooMany = (max: number) => `Too big: expected array to have <=${max} items`;
const text = (max: number) => v.pipe(v.string(shouldBe(TEXT)), v.maxLength(max, tooLong(max)));
const phraseText = v.pipe(v.string(shouldBe(TEXT)), v.trim(), v.minLength(1, 'phrase is empty'), v.maxLength(MAX_PHRASE_LENGTH, tooLong(MAX_PHRASE_LENGTH)));
/** A list over its limit is reported once, without checking each of its items. */
const list = <T>(item: Schema<T>, max: number) => v.pipe(v.array(v.unknown(), shouldBe(LIST)), v.maxLength(max, tooMany(max)), v.array(item));

/** Whole number in [min, max]; a fraction is only "not a whole number", not also out of range. */
function wholeNumber(min: number, max: number) {
  return v.pipe(
    v.number(shouldBe('a number')),
    v.rawCheck<number>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const n = dataset.value;
      if (!Number.isFinite(n)) return addIssue({ message: 'should be a number' });
      if (!Number.isInteger(n)) return addIssue({ message: 'should be a whole number' });
      if (n > Number.MAX_SAFE_INTEGER) addIssue({ message: `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}` });
      if (n < Number.MIN_SAFE_INTEGER) addIssue({ message: `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}` });
      if (n < min) addIssue({ message: `Too small: expected number to be >=${min}` });
      if (n > max) addIssue({ message: `Too big: expected number to be <=${max}` });
    }),
  );
}

type AddIssue = (info: { message: string; input?: unknown; path?: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void;

/** Re-reports a field's issues from the containing object, with the field's name in front of their path. */
function passOn(addIssue: AddIssue, input: object, key: PropertyKey, issues: readonly Issue[]): void {
  const at: v.IssuePathItem = { type: 'unknown', origin: 'value', input, key, value: (input as Record<PropertyKey, unknown>)[key] };
  for (const issue of issues) addIssue({ message: issue.message, input: issue.input, path: [at, ...(issue.path ?? [])] });
}

type Fields = Record<string, Schema<unknown>>;
type FieldsOutput<F extends Fields> = { [K in keyof F]: v.InferOutput<F[K]> };

/** An object with these fields; drops other fields, or with strict reports them as unknown. */
function fields<F extends Fields>(entries: F, { strict }: { strict: boolean }): Schema<FieldsOutput<F>> {
  return v.pipe(
    v.custom<Record<string, unknown>>(isObject, shouldBe(OBJECT)),
    v.rawTransform<Record<string, unknown>, FieldsOutput<F>>(({ dataset, addIssue }) => {
      const input = dataset.value;
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(entries)) {
        const schema = entries[key]!;
        if (!(key in input) && schema.type === 'optional') continue;
        const result = v.safeParse(schema, input[key]);
        if (result.success) output[key] = result.output;
        else passOn(addIssue, input, key, result.issues);
      }
      if (strict) {
        const unknown: string[] = [];
        for (const key in input) if (!Object.prototype.hasOwnProperty.call(entries, key)) unknown.push(key);
        if (unknown.length) addIssue({ message: `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}` });
      }
      return output as FieldsOutput<F>;
    }),
  );
}

/** Name → value, for rule and site ids; a name must be 1–80 characters. */
function named<T>(value: Schema<T>): Schema<Record<string, T>> {
  return v.pipe(
    v.custom<Record<PropertyKey, unknown>>(isPlainObject, shouldBe(OBJECT)),
    v.rawTransform<Record<PropertyKey, unknown>, Record<string, T>>(({ dataset, addIssue }) => {
      const input = dataset.value;
      const output: Record<string, T> = {};
      for (const key of Reflect.ownKeys(input)) {
        // "__proto__" would set the prototype rather than add a name.
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
        if (typeof key !== 'string' || key.length < 1 || key.length > 80) {
          addIssue({ message: 'Invalid key in record', input: key, path: [{ type: 'unknown', origin: 'key', input, key, value: input[key] }] });
          continue;
        }
        const result = v.safeParse(value, input[key]);
        if (result.success) output[key] = result.output;
        else passOn(addIssue, input, key, result.issues);
      }
      return output;
    }),
  );
}

const toggles = named(v.boolean(shouldBe('true or false')));

const originSchema = v.pipe(
  v.string(shouldBe(TEXT)),
  v.check((s) => normaliseOrigin(s) === s, 'must be a web address like "https://reviews.example.com" (http or https, no path)'),
);

const ownPhraseSchema = fields(
  {
    phrase: phraseText,
    category: choice(['defensive', 'excuse', 'emotional', 'apology', 'policy'] as const satisfies readonly Category[]),
    message: text(MAX_MESSAGE_LENGTH),
  },
  { strict: false },
);

export const settingsSchema: Schema<Settings> = fields(
  {
    version: v.literal(SETTINGS_VERSION, mustBe([SETTINGS_VERSION])),
    rules: toggles,
    sites: named(fields({ enabled: v.boolean(shouldBe('true or false')), rules: v.optional(toggles) }, { strict: true })),
    extraSites: list(originSchema, 100),
    ownPhrases: list(ownPhraseSchema, 200),
    allowedPhrases: list(phraseText, 200),
    business: fields(
      {
        name: text(MAX_TEXT_LENGTH),
        signerName: text(MAX_TEXT_LENGTH),
        signerRole: text(MAX_TEXT_LENGTH),
        contact: fields({ kind: choice(['email', 'phone', 'message']), value: text(MAX_TEXT_LENGTH) }, { strict: true }),
        replyLength: choice(['short', 'standard', 'warm']),
        kind: v.optional(choice(BUSINESS_KINDS)),
      },
      { strict: true },
    ),
    coolDownSeconds: wholeNumber(0, MAX_COOL_DOWN_SECONDS),
    replySoonDays: v.optional(v.picklist(REPLY_SOON_CHOICES, 'should be 0 (never), 1, 2, 3 or 7')),
  },
  { strict: true },
);

/** Checks data that is already at SETTINGS_VERSION (no migration); errors name each wrong field. */
export function validateSettings(data: unknown): ParseResult {
  const parsed = v.safeParse(settingsSchema, data);
  return parsed.success ? { ok: true, settings: parsed.output } : { ok: false, errors: parsed.issues.map(describeIssue) };
}

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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const parsed = validateSettings(current);
  if (!parsed.ok) return parsed;
  const settings = parsed.settings;
  const dupes = ownPhraseProblems(settings);
  if (dupes.length) return { ok: false, errors: dupes };
  return from === SETTINGS_VERSION ? { ok: true, settings } : { ok: true, settings, migratedFrom: from };
}

function describeIssue(issue: Issue): string {
  const path = issue.path?.length ? issue.path.map(({ key }) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') : '(top level)';
  return `${path}: ${issue.message.replace(/\.$/, '')}.`;
}

/** Same test zod used for records: a plain {…} object, not an array, Map, Date or class instance. */
function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
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
