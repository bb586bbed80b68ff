/**
 * Reply length against the platform's limit. Google counts UTF-8 bytes (PLATFORMS.md: the API
 * field `comment` takes 4,096 bytes); everyone else counts characters as people see them.
 */
export interface LengthReading {
  used: number;
  limit?: number;
  unit: 'characters' | 'bytes';
  /** How far over the limit; 0 when within it or no limit is known. */
  over: number;
}

const BYTE_PLATFORMS = new Set(['google']);

/** Characters as a person counts them: an emoji or an accented letter is one. */
export function countCharacters(text: string): number {
  let n = 0;
  // Segmenter is in every browser we support and in Node 20; fall back to code points.
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) {
    for (const _ of new Seg(undefined, { granularity: 'grapheme' }).segment(text)) n++;
    return n;
  }
  for (const _ of text) n++;
  return n;
}

export function measureLength(text: string, platform?: string, limit?: number): LengthReading {
  const unit = platform && BYTE_PLATFORMS.has(platform) ? 'bytes' : 'characters';
  const used = unit === 'bytes' ? new TextEncoder().encode(text).length : countCharacters(text);
  return { used, limit, unit, over: limit !== undefined && used > limit ? used - limit : 0 };
}
