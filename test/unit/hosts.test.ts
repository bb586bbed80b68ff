import { describe, expect, it } from 'vitest';
import { ALL_PLATFORM_MATCHES, PLATFORM_HOSTS } from '@/lib/sites/hosts';

describe('platform host list', () => {
  it('covers all 16 platforms of PLATFORMS.md with https-only match patterns', () => {
    expect(PLATFORM_HOSTS).toHaveLength(16);
    for (const pattern of ALL_PLATFORM_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/.*\*$/);
  });

  it('never lets the release build run on 127.0.0.1', () => {
    expect(ALL_PLATFORM_MATCHES.some((m) => m.includes('127.0.0.1'))).toBe(false);
  });
});
