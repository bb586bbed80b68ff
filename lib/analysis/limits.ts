/** Reply limits per platform (PLATFORMS.md). Google counts UTF-8 bytes, the rest characters. */
export const PLATFORM_LIMITS: Record<string, { limit: number; unit: 'characters' | 'bytes' }> = {
  google: { limit: 4096, unit: 'bytes' },
  x: { limit: 280, unit: 'characters' },
  twitter: { limit: 280, unit: 'characters' },
  instagram: { limit: 2200, unit: 'characters' },
  linkedin: { limit: 1250, unit: 'characters' },
  reddit: { limit: 10000, unit: 'characters' },
  appstore: { limit: 5970, unit: 'characters' },
  googleplay: { limit: 350, unit: 'characters' },
  facebook: { limit: 8000, unit: 'characters' },
};

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Length as the platform counts it: code points for characters (what users see), bytes for Google. */
export function measure(text: string, unit: 'characters' | 'bytes'): number {
  if (unit === 'bytes') return utf8Length(text);
  let n = 0;
  for (const _ of text) n++;
  return n;
}
